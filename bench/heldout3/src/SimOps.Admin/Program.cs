using System.Configuration;
using System.Diagnostics;
using SimOps.Admin.Commands;
using SimOps.Admin.Data;
using SimOps.Admin.Services;

namespace SimOps.Admin;

/// <summary>
/// 实名制 / 携号转网运维小工具（运维组内部使用，跑在跳板机上）。
/// 用法：simops audit | export | portout MSISDN | resend MSISDN
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Trace.Listeners.Add(new TextWriterTraceListener("simops-trace.log"));
        Trace.AutoFlush = true;

        if (!OperatorLogin.Prompt()) return 2;

        var repo = new SubscriberRepository(ConfigurationManager.ConnectionStrings["Crm"]?.ConnectionString);
        var cmd = args.FirstOrDefault() ?? "help";
        try
        {
            return cmd switch
            {
                "audit" => await new RealNameAuditCommand(repo).RunAsync(),
                "export" => await new RealNameAuditCommand(repo).ExportAsync(ConfigurationManager.AppSettings["ExportDir"]!),
                "portout" => await new PortOutCommand(repo).RunAsync(args[1]),
                "resend" => await new SmsGateway().ResendActivationAsync(args[1]),
                _ => Help()
            };
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"[{cmd}] failed: {ex.Message}");
            Trace.TraceError(ex.ToString());
            return 1;
        }
    }

    private static int Help()
    {
        Console.WriteLine("simops audit | export | portout MSISDN | resend MSISDN");
        return 0;
    }
}
