namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;

/// <summary>Issue 14's personal-data misses (branch recall): scopes with dictionaries, Serilog enrichers, messages built by a helper.</summary>
public class PersonalDataRecallTests
{
    [Fact]
    public Task Begin_scope_with_a_dictionary_of_personal_data()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System.Collections.Generic; using Microsoft.Extensions.Logging;
public class Member { public int Id { get; set; } public string Mobile { get; set; } = """"; public string Email { get; set; } = """"; }
class C
{
    void M(ILogger logger, Member m)
    {
        using (logger.BeginScope(new Dictionary<string, object> { [""MemberId""] = m.Id, {|CMP3001:[""Mobile""] = m.Mobile|} })) { logger.LogInformation(""renewed""); }
        using (logger.BeginScope(new Dictionary<string, object?> { {|CMP3001:{ ""Email"", m.Email }|} })) { }
        using (logger.BeginScope(new Dictionary<string, object> { [""MemberId""] = m.Id, [""Channel""] = ""web"" })) { }
    }
}");
    }

    [Fact]
    public Task Serilog_enricher_adding_personal_data_to_every_event()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
namespace Serilog.Events { public class LogEventProperty { } public class LogEvent { public void AddPropertyIfAbsent(LogEventProperty p) { } public void AddOrUpdateProperty(LogEventProperty p) { } } }
namespace Serilog.Core
{
    public interface ILogEventPropertyFactory { Serilog.Events.LogEventProperty CreateProperty(string name, object? value, bool destructureObjects = false); }
    public interface ILogEventEnricher { void Enrich(Serilog.Events.LogEvent logEvent, ILogEventPropertyFactory propertyFactory); }
}
public class CurrentUser { public long Id { get; set; } public string RealName { get; set; } = """"; public string Phone { get; set; } = """"; }
public class UserEnricher : Serilog.Core.ILogEventEnricher
{
    private readonly CurrentUser user = new CurrentUser();
    public void Enrich(Serilog.Events.LogEvent logEvent, Serilog.Core.ILogEventPropertyFactory propertyFactory)
    {
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(""UserId"", user.Id));
        logEvent.AddPropertyIfAbsent({|CMP3001:propertyFactory.CreateProperty(""Phone"", user.Phone)|});
        logEvent.AddOrUpdateProperty({|CMP3001:propertyFactory.CreateProperty(""RealName"", user.RealName)|});
    }
}");
    }

    [Fact]
    public Task Message_built_by_a_helper_method_then_logged()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class Member { public int Id { get; set; } public string Mobile { get; set; } = """"; }
class C
{
    private readonly ILogger logger;
    C(ILogger logger) { this.logger = logger; }
    private static string Describe(Member m) => $""member {m.Id} mobile {m.Mobile}"";
    private static string Summary(Member m) => $""member {m.Id}"";
    void M(Member m)
    {
        var msg = Describe(m);
        {|CMP3001:logger.LogInformation(msg)|};
        logger.LogInformation(Summary(m));
    }
}");
    }
}
