namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch pii9): <c>LoggerMessage.Define</c> delegates are usually wrapped in an extension
/// method (<c>Issued(this ILogger l, string holder, string where) =&gt; _issued(l, holder, where, null)</c>). The wrapper's
/// parameters have neutral names, so the personal data is visible only where a caller passes it: the call of the wrapper
/// is reported as a call of any other log helper is. Ids passed to a wrapper, a wrapper that masks, and a method that
/// calls the delegate besides doing other work stay silent; a direct call of the delegate was reported before and still is.
/// </summary>
public class DefinedLoggerCallSiteTests
{
    [Fact]
    public Task A_call_of_a_LoggerMessage_Define_wrapper_passing_personal_data_is_reported_at_the_call()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using Microsoft.Extensions.Logging;
public class Angler { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string HomeAddress { get; set; } = """"; }
internal static class LicenceLog
{
    private static readonly Action<ILogger, string, string, Exception?> _issued =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(10, ""Issued""), ""Licence issued to {Holder} at {Where}"");
    private static readonly Action<ILogger, int, Exception?> _revoked =
        LoggerMessage.Define<int>(LogLevel.Warning, new EventId(11, ""Revoked""), ""Licence {LicenceId} revoked"");
    private static readonly Action<ILogger, string, Exception?> _reached =
        Microsoft.Extensions.Logging.LoggerMessage.Define<string>(LogLevel.Debug, new EventId(12), ""Reached {Contact}"");
    private static readonly Func<string, int> _length = s => s.Length;
    public static void Issued(this ILogger logger, string holder, string where) => _issued(logger, holder, where, null);
    public static void Revoked(this ILogger logger, int id) => _revoked(logger, id, null);
    public static void Reached(this ILogger logger, string contact)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        _reached(logger, contact.Substring(0, 3) + ""****"", null);
    }
    public static int Measured(this ILogger logger, string value) => _length(value);
    // a lookup that also logs through the delegate is a service, not a log helper
    public static Angler? Find(this ILogger logger, Angler[] all, string holder)
    {
        _issued(logger, holder, ""search"", null);
        return null;
    }
}
public class Office
{
    private static readonly Action<ILogger, string, Exception?> _called =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(20), ""Called {Phone}"");
    public void Issue(ILogger<Office> log, Angler a, Angler[] all)
    {
        {|CMP3001:log.Issued(a.FullName, a.HomeAddress)|};
        log.Issued(""desk"", ""counter 2"");
        log.Revoked(a.Id);
        log.Reached(a.Mobile);
        log.Measured(a.Mobile);
        log.Find(all, a.FullName);
        {|CMP3001:_called(log, a.Mobile, null)|};
    }
}
");
    }
}
