using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DentalDesk.Services;

/// <summary>
/// 断网登录：上次联网登录成功后，在本机存一份 {用户名: 密码哈希}，断网时比对。
/// </summary>
public class OfflineLogin
{
    private readonly string _file = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "DentalDesk", "offline.json");

    public void Remember(string userName, string password)
    {
        var map = Load();
        map[userName] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        Directory.CreateDirectory(Path.GetDirectoryName(_file));
        File.WriteAllText(_file, JsonSerializer.Serialize(map));
    }

    public bool Check(string userName, string password) =>
        Load().TryGetValue(userName, out var h) && h == Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

    private Dictionary<string, string> Load() =>
        File.Exists(_file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(_file)) : new();
}
