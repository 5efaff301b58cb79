namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, fourteenth session (branch rwprec9): a placeholder named for personal data (<c>{Email}</c>) that receives a
/// helper's result whose every return is one of the helper's own constants. Exceptionless's start-up summary logs
/// <c>email {Email}</c> with <c>GetStatus(bool) =&gt; enabled ? "enabled" : "disabled"</c> (judged blind, FP): the name
/// describes a setting, and no one's data can come out of the call. A helper that returns what it was given, or a stub
/// returning one constant (a stand-in for a lookup), stays reported.
/// </summary>
public class FixedTextHelperTests
{
    [Fact]
    public Task A_helper_returning_only_its_own_constants_carries_no_personal_data_and_one_returning_its_input_does() =>
        AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class Startup
{
    private static string GetStatus(bool enabled) => enabled ? ""enabled"" : ""disabled"";
    private static string Kind(bool several) { if (several) return ""many""; return ""one""; }
    private static string Tidy(string s) => s.Trim();
    private static string OrNone(string s) => s.Length == 0 ? ""none"" : s;
    private static string Lookup(string key) => """";
    public void Run(ILogger logger, string smtpHost, string input)
    {
        logger.LogInformation(""services: email {Email}; sms {Phone}"", GetStatus(smtpHost.Length > 0), Kind(smtpHost.Length > 1));
        {|CMP3001:logger.LogInformation(""signup for {Email}"", Tidy(input))|};
        {|CMP3001:logger.LogInformation(""signup for {Email}"", OrNone(input))|};
        {|CMP3001:logger.LogInformation(""owner {Email}"", Lookup(""OwnerEmail""))|};
    }
}");
}
