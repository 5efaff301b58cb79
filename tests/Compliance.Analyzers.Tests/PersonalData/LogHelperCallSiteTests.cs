namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, tenth session (branch pii6): the code's own logging helpers — an <c>ILogger</c> extension method or a static
/// log class — log what their callers pass. A call passing a rider's name and mobile into such a helper is reported at
/// the call (the helper's parameters have neutral names, so the helper alone says nothing); a call passing an id, a
/// constant, or a value the helper masks is not; a helper that does not log its parameter is not a sink, and neither is a
/// method that logs besides doing something else (a lookup that logs what it looks up).
/// </summary>
public class LogHelperCallSiteTests
{
    [Fact]
    public Task A_call_passing_personal_data_into_a_log_helper_is_reported_at_the_call()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using Microsoft.Extensions.Logging;
public class Rider { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; }
public static class FerryLog
{
    public static void Boarded(this ILogger log, string subject, string reach) => log.LogInformation(""boarded {Subject} via {Reach}"", subject, reach);
    public static void Departed(this ILogger log, int sailing, string pier) => log.LogInformation(""sailing {Sailing} left {Pier}"", sailing, pier);
    public static void Reachable(this ILogger log, string reach) => log.LogInformation(""reach {Reach}"", Hide(reach));
    public static void Manifest(ILogger log, object entry) => log.LogDebug(""manifest {@Entry}"", entry);
    public static int Count(string reach) => reach.Length;
    public static void Missed(this ILogger log, string subject, bool loud)
    {
        var line = ""missed boarding: "" + subject;
        if (loud) { log.LogWarning(line); } else log.LogDebug(line);
    }
    // a lookup that also logs is a service, not a log helper: its own line is reported there, callers pass data to look up
    public static Rider? Find(this ILogger log, Rider[] all, string reach)
    {
        log.LogInformation(""looking up {Reach}"", reach);
        return null;
    }
    private static string Hide(string value) => value.Substring(0, 3) + ""****"";
}
public class Gangway
{
    public void Board(ILogger log, Rider r, string pier, Rider[] all)
    {
        log.Find(all, r.Mobile);
        {|CMP3001:log.Boarded(r.FullName, r.Mobile)|};
        log.Departed(r.Id, pier);
        log.Reachable(r.Mobile);
        log.Boarded(""crew"", ""radio"");
        {|CMP3001:FerryLog.Manifest(log, r)|};
        {|CMP3001:log.Missed(r.IdCardNo, true)|};
        log.Missed(""deckhand"", false);
        FerryLog.Manifest(log, r.Id);
        log.LogInformation(""riders {Count}"", FerryLog.Count(r.Mobile));
    }
}
");
    }
}
