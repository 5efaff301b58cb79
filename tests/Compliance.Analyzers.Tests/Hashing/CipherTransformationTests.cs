namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakCipherAnalyzer>;

/// <summary>
/// BouncyCastle names the cipher in a transformation string ("SM4/ECB/PKCS7Padding"): ECB mode or a weak algorithm there
/// is CMP2004 at the factory call, also when the package is not restored (the call does not bind). CBC/GCM transformations,
/// a string that only mentions ECB, and a user's own GetCipher are not reported.
/// </summary>
public class CipherTransformationTests
{
    [Fact]
    public Task Ecb_and_weak_algorithms_in_an_unbound_transformation_string_are_reported() => Verify.VerifyBrokenAsync("""
        class RadarFrameCipher
        {
            public object[] Ciphers() => new object[]
            {
                {|CMP2004:CipherUtilities.GetCipher("SM4/ECB/PKCS7Padding")|},
                {|CMP2004:Org.BouncyCastle.Security.CipherUtilities.GetCipher("DES/CBC/PKCS5Padding")|},
                CipherUtilities.GetCipher("SM4/CBC/PKCS7Padding"),
                CipherUtilities.GetCipher("AES/GCM/NoPadding"),
                // RSA has no block mode: "ECB" in its transformation is a placeholder
                CipherUtilities.GetCipher("RSA/ECB/PKCS1Padding"),
            };

            public void Explain() => System.Console.WriteLine("AES/ECB/PKCS7Padding is not allowed");
        }
        """);

    [Fact]
    public Task A_bound_factory_is_matched_by_its_type_and_a_user_method_of_the_same_name_is_not() => Verify.VerifyAsync("""
        namespace Org.BouncyCastle.Security
        {
            public static class CipherUtilities { public static object GetCipher(string algorithm) => algorithm; }
        }

        namespace Radar
        {
            static class FrameVault { public static object GetCipher(string profile) => profile; }

            class RadarFrameCipherBound
            {
                public object Ecb() => {|#0:Org.BouncyCastle.Security.CipherUtilities.GetCipher("AES/ECB/PKCS7Padding")|};
                public object Profile() => FrameVault.GetCipher("north/ECB/archive");
            }
        }
        """,
        new DiagnosticResult(HashingDescriptors.WeakCipher).WithLocation(0).WithArguments(HashingDescriptors.Reason("CMP2004_Ecb")));
}
