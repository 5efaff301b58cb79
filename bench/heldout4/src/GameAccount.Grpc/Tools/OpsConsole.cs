using GameAccount.Grpc.Domain;

namespace GameAccount.Grpc.Tools;

/// <summary>
/// `dotnet GameAccount.Grpc.dll ops …` — small commands the ops team runs on the bastion for
/// customer-service tickets (客服工单).
/// </summary>
public static class OpsConsole
{
    // Accounts that skip the anti-addiction window (internal QA phones). Do not add players here.
    private static readonly Dictionary<string, string> QaWhitelist = new()
    {
        ["13917248853"] = "320583197808196718",
        ["18620457719"] = "510107199002277769",
    };

    private const string SupportHotline = "400-820-8820";
    private const string SampleId = "11010119900307123X";

    public static bool IsQa(string mobile) => QaWhitelist.ContainsKey(mobile);

    public static int Run(string[] args, Func<string, PlayerAccount?> findByMobile, ILogger logger)
    {
        if (args.Length < 2)
        {
            Console.WriteLine($"usage: ops lookup <mobile> | ops unbind <mobile>   (hotline {SupportHotline})");
            return 2;
        }
        var account = findByMobile(args[1]);
        if (account is null)
        {
            Console.Error.WriteLine($"no account for {args[1]}");
            return 1;
        }
        switch (args[0])
        {
            case "lookup":
                Console.WriteLine($"{account.Id}\t{account.RealName}\t{account.IdCardNo}\t{account.RealNameStatus}");
                return 0;
            case "unbind":
                using (logger.BeginScope(new Dictionary<string, object>
                {
                    ["AccountId"] = account.Id,
                    ["Mobile"] = account.Mobile,
                }))
                {
                    account.Mobile = "";
                    logger.LogWarning("Mobile unbound by ops ticket {Ticket}", args.Length > 2 ? args[2] : "-");
                }
                return 0;
            default:
                Console.WriteLine($"unknown command {args[0]}");
                return 2;
        }
    }

    public static string Describe(GameServer s) => $"{s.Id:D3} {s.Name} [{s.Region}] {(s.Open ? "open" : "closed")} cap={s.Capacity}";
}
