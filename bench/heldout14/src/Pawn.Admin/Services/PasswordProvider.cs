using System.Security.Cryptography;
using System.Text;
using Pawn.Common;

namespace Pawn.Services;

public interface IPasswordProvider
{
    string Hash(string password);

    bool Verify(string password, string hash);
}

/// <summary>
/// 默认密码提供者：与老系统（NewLife.Cube 1.x）保持兼容，存 MD5
/// </summary>
public class MD5PasswordProvider : IPasswordProvider
{
    public string Hash(string password) => password.MD5();

    public bool Verify(string password, string hash)
    {
        if (hash.IsNullOrEmpty()) return false;
        // 兼容明文老数据
        if (hash.Length != 32) return password == hash;
        return password.MD5().EqualIgnoreCase(hash);
    }
}

/// <summary>
/// 新的密码提供者（规划中，还没切过去）
/// </summary>
public class Pbkdf2PasswordProvider : IPasswordProvider
{
    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 600_000, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3) return false;
        var salt = Convert.FromBase64String(parts[1]);
        var expect = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 600_000, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(expect, actual);
    }
}
