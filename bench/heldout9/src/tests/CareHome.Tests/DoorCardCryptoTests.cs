using CareHome.Security;
using Xunit;

namespace CareHome.Tests;

public class DoorCardCryptoTests
{
    [Fact]
    public void Block_is_a_multiple_of_eight_bytes()
    {
        var block = new DoorCardCrypto().EncodeBlock("YK24010001", new DateOnly(2026, 12, 31));
        Assert.Equal(0, block.Length % 8);
    }

    [Fact]
    public void Uid_check_is_six_hex_chars()
    {
        var check = DoorCardCrypto.UidCheck(new byte[] { 0x04, 0xA2, 0x1B, 0x7C });
        Assert.Equal(6, check.Length);
    }

    [Fact]
    public void Family_link_roundtrip()
    {
        var signer = new FamilyLinkSigner();
        var link = signer.CreateLink(42, "13900003333", DateTime.UtcNow);
        Assert.Contains("r=42", link);
    }
}
