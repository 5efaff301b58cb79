using System.Configuration;
using System.Windows;
using DentalDesk.Services;
using NLog;

namespace DentalDesk;

public partial class App : Application
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();

    protected override void OnStartup(StartupEventArgs e)
    {
        base.OnStartup(e);
        DispatcherUnhandledException += (_, args) =>
        {
            var path = CrashReporter.Write(args.Exception);
            MessageBox.Show("程序出错，报告已保存：" + path, "微笑口腔前台");
            args.Handled = true;
        };
        FileLog.Cleanup();
        var clinic = ConfigurationManager.AppSettings["ClinicCode"];
        var serverPassword = ConfigurationManager.AppSettings["PrinterSharePassword"];
        Log.Info("DentalDesk starting for clinic {0}, machine {1}", clinic, Environment.MachineName);
        PrinterShare.Connect(@"\\192.168.10.5\receipts", "frontdesk", serverPassword);
    }
}

internal static class PrinterShare
{
    public static void Connect(string unc, string user, string password)
    {
        // net use 映射小票打印机共享目录
        var psi = new System.Diagnostics.ProcessStartInfo("net", $"use {unc} /user:{user} {password}") { CreateNoWindow = true, UseShellExecute = false };
        System.Diagnostics.Process.Start(psi)?.WaitForExit(5000);
    }
}
