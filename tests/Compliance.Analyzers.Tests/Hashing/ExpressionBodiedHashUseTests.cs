namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// What a digest is for, read from an expression-bodied member's whole arrow expression (it has no statement), and
/// names whose protocol fixes a digest that protects nothing (Redis script ids, the WebSocket handshake, idempotency
/// keys, a document number). A security word next to the hash still wins.
/// </summary>
public class ExpressionBodiedHashUseTests
{
    // The testing framework enables every supported id, so the off-by-default CMP2090 is visible.
    [Fact]
    public Task Object_keys_script_ids_handshakes_idempotency_keys_and_numbers_are_CMP2090() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class BikeShareDigests
        {
            public static string DockPhotoObject(byte[] jpeg) =>
                "dock-photos/" + Convert.ToHexString({|CMP2090:SHA1.HashData(jpeg)|}).ToLowerInvariant() + ".jpg";

            public static string LuaDigest(string lua) =>
                Convert.ToHexString({|CMP2090:SHA1.HashData(Encoding.UTF8.GetBytes(lua))|}).ToLowerInvariant();

            public static string WebSocketAcceptFor(string clientKey) =>
                Convert.ToBase64String({|CMP2090:SHA1.HashData(Encoding.ASCII.GetBytes(clientKey + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))|});

            public static string IdempotencyKeyOf(string rentalRef, string step) =>
                Convert.ToHexString({|CMP2090:MD5.HashData(Encoding.UTF8.GetBytes(rentalRef + "/" + step))|});

            public static string VoucherNo(string rentalRef) =>
                "V" + Convert.ToHexString({|CMP2090:SHA1.HashData(Encoding.ASCII.GetBytes(rentalRef))|})[..8];
        }
        """);

    [Fact]
    public Task A_security_word_in_the_arrow_expression_or_the_name_keeps_CMP2001() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class BikeShareSecurity
        {
            // "token" beside the hash: a credential, whatever the file-ish name of the member
            public static string DockPhotoObject(string riderId) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(riderId + ":token"))|}) + ".jpg";

            public static string LuaScriptSignature(string lua) =>
                Convert.ToHexString({|CMP2001:SHA1.HashData(Encoding.UTF8.GetBytes(lua))|});

            public static string ResetTokenNo(string riderId) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(riderId))|})[..8];

            // nothing says what it is for: unknown is treated as security use
            public static string Digest(string riderId) =>
                Convert.ToHexString({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(riderId))|});
        }
        """);
}
