namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, seventeenth session (branch logsink): a project's own logging API is a log sink like ILogger — a log method
/// name (Info, Error, Log, LogError, ConsoleInfo, InformationAsync) on a type named for logging once its role suffix is
/// dropped (ILogManager, IErrorLog, ILog, LogHelper, ILoggerService), or a method named Log that takes a message. The
/// message parameter is the template wherever it stands, and the logging class passing itself as the source is no data.
/// Not sinks: a log entity saved with its own columns, Login on a log-named type, Math.Log, a type whose name only ends in
/// "log" (Catalog), a Log method without a message parameter.
/// </summary>
public class OwnLogApiSinkTests
{
    [Fact]
    public Task A_projects_own_log_api_is_a_log_sink()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.Threading.Tasks;
public enum Level { Information, Error }
public enum Function { Security, Create }
public enum Severity { Warning, Error }
public class Member { public int Id { get; set; } public string Email { get; set; } = """"; public string Phone { get; set; } = """"; }
public interface ILogManager
{
    void Log(Level level, object @class, Function function, string message, params object[] args);
    Task LogAsync(Level level, string message);
    bool Login(string email);
}
public interface IErrorLog { void Log(Exception exception, Severity severity, string message = """"); }
public interface IChatLog { void ConsoleInfo(string format, params object[] args); void Data(string message); }
public interface INotesLogger { Task InformationAsync(string message); Task ErrorAsync(string message, Exception exception = null); }
public static class LogHelper { public static void Info(object msg, Exception ex = null) { } }
public class StepContext { public void Log(string message, string details = null) { } }
public class Accounts
{
    private readonly ILogManager _logger;
    private readonly IErrorLog _errorLog;
    private readonly IChatLog _chat;
    private readonly INotesLogger _notes;
    public Accounts(ILogManager logger, IErrorLog errorLog, IChatLog chat, INotesLogger notes) { _logger = logger; _errorLog = errorLog; _chat = chat; _notes = notes; }
    public async Task Register(Member member, StepContext context, Exception ex)
    {
        {|CMP3001:_logger.Log(Level.Information, this, Function.Create, ""User added {Email}"", member.Email)|};
        _logger.Log(Level.Information, this, Function.Create, ""User added {Id}"", member.Id);
        {|CMP3001:_errorLog.Log(ex, Severity.Error, $""mail to {member.Email} failed"")|};
        _errorLog.Log(ex, Severity.Error, ""mail failed"");
        {|CMP3001:_chat.ConsoleInfo(""{0} joined"", member.Phone)|};
        await {|CMP3001:_notes.InformationAsync(""created for "" + member.Email)|};
        await {|CMP3001:_logger.LogAsync(Level.Error, $""locked {member.Email}"")|};
        {|CMP3001:LogHelper.Info(""registered "" + member.Phone)|};
        {|CMP3001:context.Log($""Sending mail to {member.Email}"")|};
        context.Log(""mail sent"", member.Id.ToString());
    }
    // no identifier with ""log"" in these units: the method names alone make them candidates
    public async Task Bounce(Member member) => await {|CMP3001:_notes.ErrorAsync(""bounced "" + member.Email)|};
    public void Joined(Member member) => {|CMP3001:_chat.ConsoleInfo(""{0} joined"", member.Phone)|};
}
");
    }

    [Fact]
    public Task Log_entities_login_math_and_look_alike_names_are_no_log_sinks()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.Collections.Generic;
public class Member { public int Id { get; set; } public string Email { get; set; } = """"; public string Phone { get; set; } = """"; }
public class OperationLog { public string Email { get; set; } = """"; public string Action { get; set; } = """"; }
public interface IOperationLogService { void Insert(OperationLog log); }
public interface ILogManager { bool Login(string email); bool Logout(string email); }
public class Catalog { public void Info(string title) { } }
public class Tracker { public void Log(string email, double value) { } }
public class Accounts
{
    public void Register(Member member, IOperationLogService logs, ILogManager logManager, Catalog catalog, Tracker tracker, List<OperationLog> table)
    {
        logs.Insert(new OperationLog { Email = member.Email, Action = ""register"" });
        table.Add(new OperationLog { Email = member.Email });
        logManager.Login(member.Email);
        logManager.Logout(member.Email);
        catalog.Info(member.Email);
        tracker.Log(member.Email, Math.Log(member.Id));
    }
}
");
    }

    [Fact]
    public Task A_person_destructured_into_a_log_scope_is_logged()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
namespace Serilog.Context { public static class LogContext { public static IDisposable PushProperty(string name, object value, bool destructureObjects = false) => null; } }
public class Member { public int Id { get; set; } public string FullName { get; set; } = """"; public string Email { get; set; } = """"; }
public class Auth
{
    public void SignIn(ILogger<Auth> logger, Member user)
    {
        using ({|CMP3001:Serilog.Context.LogContext.PushProperty(""User"", user, destructureObjects: true)|}) { }
        using (Serilog.Context.LogContext.PushProperty(""User"", user)) { }
        using (logger.BeginScope(new Dictionary<string, object> { {|CMP3001:[""@User""] = user|}, [""UserId""] = user.Id }))
        {
            logger.LogInformation(""signed in"");
        }
        using (logger.BeginScope(new Dictionary<string, object> { [""User""] = user })) { }
    }
}
");
    }

    [Fact]
    public Task Unbound_calls_on_a_projects_own_log_object_are_log_sinks()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using Missing.Package;
public class Member { public string Email { get; set; } = """"; }
public class Mailer
{
    private readonly IErrorLog _errorLog;
    private readonly Catalog _catalog;
    public Mailer(IErrorLog errorLog, Catalog catalog) { _errorLog = errorLog; _catalog = catalog; }
    public void Send(Member member, Unknown reason)
    {
        {|CMP3001:_errorLog.Error(reason, ""mail to "" + member.Email)|};
        _catalog.Info(reason, member.Email);
        _errorLog.Login(reason, member.Email);
    }
}
");
    }
}
