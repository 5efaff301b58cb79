namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eighteenth session (branch logfacade): an application's static log facade is a log sink — a trace facade
/// (XTrace.WriteLine, a TraceHelper), a log provider's shared instance (LogProvider.Provider.WriteLog), Write + level
/// words (WriteLog, WriteError) on a type named for logging, a WriteLog helper whose body logs (followed as any helper), and a
/// TextWriter handed in as the log (Azure WebJobs' <c>TextWriter log</c>). Not sinks: WriteError/WriteInfo on a type
/// not named for logging (an HTTP error writer, a report), a WriteLog that inserts an audit row (an SSO log entity), ids, a StreamWriter.
/// </summary>
public class LogFacadeSinkTests
{
    [Fact]
    public Task Trace_facades_log_providers_and_write_log_helpers_are_log_sinks()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.IO;
public class Member { public int Id { get; set; } public string Email { get; set; } = """"; public string Mobile { get; set; } = """"; }
public static class XTrace { public static void WriteLine(string format, params object[] args) { } public static bool Debug { get; set; } }
public static class TraceHelper { public static void Info(string msg) { } }
public class LogProvider
{
    public static LogProvider Provider { get; set; } = new LogProvider();
    public virtual void WriteLog(string category, string action, bool success, string remark, int userid = 0, string name = null, string ip = null) { }
}
public static class LogHelper { public static void WriteError(string msg, Exception ex = null) { } public static void WriteInfo(string msg) { } }
public abstract class JobBase { protected void WriteLog(string format, params object[] args) => XTrace.WriteLine(format, args); }
public class BindJob : JobBase
{
    public void Bind(Member member, TextWriter log)
    {
        if (XTrace.Debug) {|CMP3001:XTrace.WriteLine(""bind {0}"", member.Mobile)|};
        XTrace.WriteLine(""bind {0}"", member.Id);
        {|CMP3001:TraceHelper.Info(""bind "" + member.Email)|};
        {|CMP3001:LogProvider.Provider.WriteLog(""User"", ""Bind"", true, $""mobile {member.Mobile}"")|};
        LogProvider.Provider.WriteLog(""User"", ""Bind"", true, ""bound"", member.Id);
        {|CMP3001:LogHelper.WriteError(""bind failed for "" + member.Email)|};
        {|CMP3001:LogHelper.WriteInfo($""{member.Mobile} bound"")|};
        {|CMP3001:WriteLog(""bound {0}"", member.Email)|};
        WriteLog(""bound {0}"", member.Id);
        {|CMP3001:log.WriteLine($""Sent to {member.Email}"")|};
    }
}
");
    }

    [Fact]
    public Task Write_level_names_on_other_types_and_plain_writers_are_no_log_sinks()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.Diagnostics;
using System.IO;
public class Member { public int Id { get; set; } public string Email { get; set; } = """"; }
public class ErrorResponder { public void WriteError(string detail) { } }
public class Report { public void WriteInfo(string line) { } }
public class Exporter { public void WriteLog(string path, int count) { } }
public class SsoLog { public string Name { get; set; } = """"; public string Message { get; set; } = """"; }
public class SsoService
{
    public System.Collections.Generic.List<SsoLog> Rows { get; } = new();
    public void WriteLog(string ticket, Member info, string msg) => Rows.Add(new SsoLog { Name = info.Email, Message = msg });
}
public class Jobs
{
    public void Run(Member member, ErrorResponder responder, Report report, Exporter exporter, StreamWriter file, TextWriter output, SsoService sso)
    {
        sso.WriteLog(member.Email, member, ""ticket issued"");
        responder.WriteError(""unknown "" + member.Email);
        report.WriteInfo(member.Email);
        exporter.WriteLog(member.Email, member.Id);
        file.WriteLine(member.Email);
        output.WriteLine(member.Email);
        var trace = new StackTrace();
        Console.Out.Flush();
    }
}
");
    }

    [Fact]
    public Task Unbound_trace_facades_and_log_provider_instances_are_log_sinks()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using NewLife.Missing;
public class Member { public string Mobile { get; set; } = """"; }
public class UserService
{
    public void Bind(Member member, Unknown user)
    {
        {|CMP3001:XTrace.WriteLine(""bind {0} {1}"", user, member.Mobile)|};
        {|CMP3001:LogProvider.Provider.WriteLog(""User"", ""Bind"", true, $""mobile {member.Mobile}"", user)|};
        Catalog.Provider.WriteLog(""User"", member.Mobile, user);
        ErrorResponder.Current.WriteError(user, member.Mobile);
    }
}
");
    }
}
