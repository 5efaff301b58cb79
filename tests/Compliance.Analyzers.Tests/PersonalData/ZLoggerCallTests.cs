namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch pii9): Cysharp's ZLogger logs through ILogger extensions named ZLog…
/// (<c>logger.ZLogInformation($"… {owner.Mobile}")</c>), whose interpolated-string handler puts each hole into the event.
/// Neither the shape names of the other log libraries nor <c>Log…</c> match them, so they were not sinks, bound or not.
/// The holes are traced as any log argument: a name or mobile is reported, an id, a count or a masked value is not.
/// </summary>
public class ZLoggerCallTests
{
    [Fact]
    public Task ZLogger_calls_are_log_sinks_when_the_package_binds()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using Microsoft.Extensions.Logging;
namespace ZLogger
{
    public static class ZLoggerExtensions
    {
        public static void ZLogInformation(this ILogger logger, string message) { }
        public static void ZLogError(this ILogger logger, Exception? exception, string message) { }
    }
}
namespace Kennel
{
    using ZLogger;
    public record Owner(int Id, string FullName, string Mobile, int Dogs);
    public static class Mask { public static string Phone(string s) => s.Substring(0, 3) + ""****""; }
    public class Boarding
    {
        private readonly ILogger<Boarding> _logger;
        public Boarding(ILogger<Boarding> logger) { _logger = logger; }
        public void CheckIn(Owner o, Exception ex)
        {
            {|CMP3001:_logger.ZLogInformation($""owner {o.FullName} checked in, mobile {o.Mobile}"")|};
            _logger.ZLogInformation($""owner {o.Id} checked in with {o.Dogs} dogs"");
            _logger.ZLogInformation($""owner {o.Id} reachable at {Mask.Phone(o.Mobile)}"");
            {|CMP3001:_logger.ZLogError(ex, $""pickup call to {o.Mobile} failed"")|};
        }
    }
}");
    }

    [Fact]
    public Task ZLogger_calls_are_log_sinks_when_the_package_did_not_restore()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using System;
using Microsoft.Extensions.Logging;
using ZLogger;
public class Owner { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public int Dogs { get; set; } }
public class Boarding
{
    private readonly ILogger<Boarding> _logger;
    public Boarding(ILogger<Boarding> logger) { _logger = logger; }
    public void ChangeMobile(Owner o, string mobile)
    {
        var old = o.Mobile;
        {|CMP3001:_logger.ZLogInformation($""owner {o.Id} changed mobile from {old} to {mobile}"")|};
        _logger.ZLogInformation($""owner {o.Id} has {o.Dogs} dogs"");
        {|CMP3001:_logger.ZLogWarning($""owner {o.FullName} has no mobile"")|};
        _cache.ZLogWarning($""owner {o.FullName} has no mobile"");
    }
    private readonly Cache _cache = new Cache();
}
public class Cache { }");
    }
}

/// <summary>
/// Found with the ZLogger sink on heldout7: a pet's profile (<c>PetProfile.Name</c>) is an animal's, not a person's;
/// <c>OwnerProfile.Name</c> and <c>PetOwner.Name</c> stay a person's name.
/// </summary>
public class AnimalProfileNameTests
{
    [Fact]
    public Task A_pets_profile_name_is_not_a_persons_name()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class PetProfile { public int PetId { get; set; } public string Name { get; set; } = """"; }
public class OwnerProfile { public int Id { get; set; } public string Name { get; set; } = """"; }
public class PetOwner { public int Id { get; set; } public string Name { get; set; } = """"; }
public class Clinic
{
    public void Register(ILogger log, PetProfile pet, OwnerProfile owner, PetOwner keeper)
    {
        log.LogInformation(""pet {Id} {Pet}"", pet.PetId, pet.Name);
        {|CMP3001:log.LogInformation(""owner {Id} {Owner}"", owner.Id, owner.Name)|};
        {|CMP3001:log.LogInformation(""keeper {Id} {Keeper}"", keeper.Id, keeper.Name)|};
    }
}");
    }
}
