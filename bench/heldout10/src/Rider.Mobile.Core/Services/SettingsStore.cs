using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Rider.Mobile.Core.Services;

public interface IPreferences
{
    string? Get(string key);
    void Set(string key, string value);
    void Remove(string key);
}

/// <summary>Local settings of the rider app (saved credentials, last station, offline queue).</summary>
public sealed class SettingsStore(IPreferences prefs)
{
    private static readonly byte[] LocalKey = Encoding.UTF8.GetBytes("R1derL0c");

    public void RememberLogin(string phone, string password)
    {
        prefs.Set("login.phone", phone);
        prefs.Set("login.password", Protect(password));
    }

    public (string? Phone, string? Password) SavedLogin()
    {
        var enc = prefs.Get("login.password");
        return (prefs.Get("login.phone"), enc is null ? null : Unprotect(enc));
    }

    public void SaveToken(string token) => prefs.Set("auth.token", token);

    public void SaveLastStation(string station) => prefs.Set("station", station);

    private static string Protect(string plain)
    {
        using var des = DES.Create();
        des.Key = LocalKey;
        des.Mode = CipherMode.ECB;
        var d = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(d, 0, d.Length));
    }

    private static string Unprotect(string enc)
    {
        using var des = DES.Create();
        des.Key = LocalKey;
        des.Mode = CipherMode.ECB;
        var d = Convert.FromBase64String(enc);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(d, 0, d.Length));
    }

    public static string OfflineQueueFile(string dir, long orderId) =>
        Path.Combine(dir, Convert.ToHexString(MD5.HashData(BitConverter.GetBytes(orderId))) + ".json");
}
