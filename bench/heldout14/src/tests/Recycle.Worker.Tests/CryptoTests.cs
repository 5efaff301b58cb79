using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Recycle.Worker.Infrastructure;
using Xunit;

namespace Recycle.Worker.Tests;

public class CryptoTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void BankCard_roundtrip()
    {
        var cipher = new BankCardCipher(Config(("Payout:DesKey", "t3stK3y!")));
        var card = "6222021234567890128";
        var enc = cipher.Encrypt(card);
        Assert.NotEqual(card, enc);
        Assert.Equal(card, cipher.Decrypt(enc));
    }

    [Fact]
    public void Imei_hash_is_stable()
    {
        var hasher = new ConfiguredImeiHasher(Config(("Hashing:ImeiAlgorithm", "SHA256"), ("Hashing:ImeiPepper", "test-pepper")));
        Assert.Equal(hasher.Hash("356938035643809"), hasher.Hash("356938035643809"));
        Assert.Equal(64, hasher.Hash("356938035643809").Length);
    }

    [Fact]
    public void Wipe_code_matches_station_firmware()
    {
        // 擦除工位固件里的实现，回归测试用
        var expected = Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes("RC20250101001" + "356938035643809")))[..6];
        Assert.Equal(expected, Digest.WipeCode("RC20250101001", "356938035643809"));
    }

    [Fact]
    public void Payout_sign_is_lowercase_sha1()
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["a"] = "1", ["b"] = "2" };
        var sign = Digest.PayoutSign(p, "unit-test-key");
        Assert.Equal(40, sign.Length);
        Assert.Equal(sign, sign.ToLowerInvariant());
    }

    [Fact]
    public void Content_md5_is_base64()
    {
        var md5 = Digest.ContentMd5(new byte[] { 1, 2, 3 });
        Assert.Equal(24, md5.Length);
    }
}
