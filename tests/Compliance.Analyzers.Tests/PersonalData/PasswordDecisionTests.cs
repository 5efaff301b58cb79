namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5), review finding: whether a value is a plaintext password that the log and
/// exception rules report is one decision (PersonalData/Detection/PlaintextPassword.cs) over one word list — the weak-hash
/// rules' password words plus <c>compliance.password_words</c>. The password word must be the name's head, an entry of a
/// constants table only names a password, and an entity's Password member is usually the hash.
/// </summary>
public class PasswordDecisionTests
{
    // A team that calls its passwords "passcode" says so once, in compliance.password_words; the weak-hash rules and the
    // personal-data rules then agree on it.
    [Fact]
    public Task A_configured_password_word_is_a_password_for_the_log_and_exception_rules()
    {
        const string code = @"
using System;
using Microsoft.Extensions.Logging;
public class LockerUnlock
{
    private readonly ILogger<LockerUnlock> log;
    public LockerUnlock(ILogger<LockerUnlock> log) { this.log = log; }
    public void Open(string lockerNo, string passcode, string passcodePolicy)
    {
        {|CMP3001:log.LogWarning(""locker {No} refused {Code}"", lockerNo, passcode)|};
        log.LogInformation(""locker {No} policy {Policy}"", lockerNo, passcodePolicy);
        log.LogInformation(""locker {No} code of {Length} digits"", lockerNo, passcode.Length);
    }
}";
        var test = new AnalyzerTest<PersonalDataLoggedAnalyzer> { TestCode = code };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_words = passcode\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_configuration_the_same_word_is_not_a_password()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class LockerUnlock
{
    private readonly ILogger<LockerUnlock> log;
    public LockerUnlock(ILogger<LockerUnlock> log) { this.log = log; }
    public void Open(string lockerNo, string passcode) => log.LogWarning(""locker {No} refused {Code}"", lockerNo, passcode);
}");
    }

    // The head rule applies to a configured word as to a default one: passcodeRotationDays is about the passcode.
    [Fact]
    public Task A_configured_word_that_qualifies_another_noun_is_not_a_password()
    {
        const string code = @"
using System;
public class LockerPolicy
{
    public void Set(string lockerNo, string passcodeRotationDays, string newPasscodeText)
    {
        if (passcodeRotationDays.Length > 3) throw new ArgumentException($""bad rotation {passcodeRotationDays} for {lockerNo}"");
        if (newPasscodeText.Length < 6) {|CMP3002:throw new ArgumentException($""'{newPasscodeText}' is too short"");|}
    }
}";
        var test = new AnalyzerTest<PersonalDataInExceptionAnalyzer> { TestCode = code };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncompliance.password_words = passcode\n"));
        return test.RunAsync();
    }

    // Behaviour kept: an entry of a constants table names a password (unbound here), an input shape's member is one, an
    // entity's member is usually the hash; telemetry is left to its own rule.
    [Fact]
    public Task Constants_entry_and_entity_member_are_not_reported_an_input_member_is()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class Rider { public int Id { get; set; } public string Password { get; set; } = """"; }
public class RiderLoginCommand { public string Phone { get; set; } = """"; public string Password { get; set; } = """"; }
public class RiderSignIn
{
    private readonly ILogger<RiderSignIn> log;
    public RiderSignIn(ILogger<RiderSignIn> log) { this.log = log; }
    public void Handle(RiderLoginCommand command, Rider rider)
    {
        log.LogDebug(""grant {Grant}"", {|CS0103:GrantKinds|}.Names.Password);
        log.LogDebug(""rider {Id} stored {Stored}"", rider.Id, rider.Password);
        {|CMP3001:log.LogDebug(""attempt with {Pwd}"", command.Password)|};
    }
}");
    }
}
