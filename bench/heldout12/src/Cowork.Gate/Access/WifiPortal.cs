using System.Security.Cryptography;
using System.Text;
using Cowork.Gate.Infra;
using Dapper;

namespace Cowork.Gate.Access;

/// <summary>会员 Wi-Fi 账号（门户认证 + RADIUS）</summary>
public class WifiPortal
{
    private readonly GateDb _db;
    private readonly IAppLog _log;

    public WifiPortal(GateDb db, IAppLog log)
    {
        _db = db;
        _log = log;
    }

    public static string NtHash(string password)
    {
        // MSCHAPv2 需要 NT-Hash（MD4），FreeRADIUS 读取这一列
        return Md4.Hex(Encoding.Unicode.GetBytes(password));
    }

    public void Provision(long memberId, string login, string password)
    {
        using var c = _db.Open();
        c.Execute("insert into radcheck(username, attribute, op, value) values(@login, 'NT-Password', ':=', @v)",
            new { login, v = NtHash(password) });
        c.Execute("insert into wifi_account(member_id, login, portal_pwd) values(@memberId, @login, @p)",
            new { memberId, login, p = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))) });
        _log.Trace("wifi account {Login} for member {MemberId}", login, memberId);
    }

    public bool PortalLogin(string login, string password)
    {
        using var c = _db.Open();
        var stored = c.ExecuteScalar<string>("select portal_pwd from wifi_account where login=@login", new { login });
        var ok = stored == Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
        if (!ok) _log.Audit("wifi", "portal login failed: " + login + " pwd=" + password);
        return ok;
    }
}

internal static class Md4
{
    public static string Hex(byte[] input) => Convert.ToHexString(Compute(input));

    // RFC 1320
    private static byte[] Compute(byte[] input)
    {
        uint a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
        var len = input.Length;
        var padLen = ((len + 8) / 64 + 1) * 64;
        var msg = new byte[padLen];
        Array.Copy(input, msg, len);
        msg[len] = 0x80;
        BitConverter.GetBytes((ulong)len * 8).CopyTo(msg, padLen - 8);
        var x = new uint[16];
        for (var off = 0; off < padLen; off += 64)
        {
            for (var i = 0; i < 16; i++) x[i] = BitConverter.ToUInt32(msg, off + i * 4);
            uint aa = a, bb = b, cc = c, dd = d;
            foreach (var k in new[] { 0, 4, 8, 12 })
            {
                a = Rot(a + F(b, c, d) + x[k], 3); d = Rot(d + F(a, b, c) + x[k + 1], 7);
                c = Rot(c + F(d, a, b) + x[k + 2], 11); b = Rot(b + F(c, d, a) + x[k + 3], 19);
            }
            foreach (var k in new[] { 0, 1, 2, 3 })
            {
                a = Rot(a + G(b, c, d) + x[k] + 0x5a827999, 3); d = Rot(d + G(a, b, c) + x[k + 4] + 0x5a827999, 5);
                c = Rot(c + G(d, a, b) + x[k + 8] + 0x5a827999, 9); b = Rot(b + G(c, d, a) + x[k + 12] + 0x5a827999, 13);
            }
            foreach (var k in new[] { 0, 2, 1, 3 })
            {
                a = Rot(a + H(b, c, d) + x[k] + 0x6ed9eba1, 3); d = Rot(d + H(a, b, c) + x[k + 8] + 0x6ed9eba1, 9);
                c = Rot(c + H(d, a, b) + x[k + 4] + 0x6ed9eba1, 11); b = Rot(b + H(c, d, a) + x[k + 12] + 0x6ed9eba1, 15);
            }
            a += aa; b += bb; c += cc; d += dd;
        }
        return BitConverter.GetBytes(a).Concat(BitConverter.GetBytes(b)).Concat(BitConverter.GetBytes(c)).Concat(BitConverter.GetBytes(d)).ToArray();
    }

    private static uint F(uint x, uint y, uint z) => (x & y) | (~x & z);
    private static uint G(uint x, uint y, uint z) => (x & y) | (x & z) | (y & z);
    private static uint H(uint x, uint y, uint z) => x ^ y ^ z;
    private static uint Rot(uint v, int s) => (v << s) | (v >> (32 - s));
}
