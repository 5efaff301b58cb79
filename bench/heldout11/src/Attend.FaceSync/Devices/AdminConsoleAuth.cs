using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Attend.FaceSync.Devices;

/// <summary>The tray console (sync status, manual re-pull) asks for a local admin password stored in console.json.</summary>
public sealed class AdminConsoleAuth
{
    private readonly string _file;

    public AdminConsoleAuth(string file) => _file = file;

    private sealed record ConsoleConfig(string AdminUser, string AdminPasswordSha1, int Port);

    public bool Check(string user, string password)
    {
        var cfg = JsonSerializer.Deserialize<ConsoleConfig>(File.ReadAllText(_file))!;
        var h = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
        return cfg.AdminUser == user && string.Equals(cfg.AdminPasswordSha1, h, StringComparison.OrdinalIgnoreCase);
    }

    public void SetPassword(string user, string newPassword, int port)
    {
        var cfg = new ConsoleConfig(user, Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(newPassword))), port);
        File.WriteAllText(_file, JsonSerializer.Serialize(cfg));
    }

    /// <summary>Integrity stamp of the exported monthly attendance file, checked by HR on import.</summary>
    public static string FileStamp(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
