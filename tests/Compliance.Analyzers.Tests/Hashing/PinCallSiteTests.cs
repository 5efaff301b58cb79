namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// A PIN or passcode is a short password: a 4- or 6-digit secret behind a fast hash is brute-forced at once. The project's
/// neutral hashing helper (<c>Digest.Sha1Hex(string text)</c>) is reported where a PIN is handed to it, as a password is
/// (HelperCallPathTests); names that only contain "pin" (PinYin, pinned, a certificate's SPKI pin) are not PINs.
/// </summary>
public class PinCallSiteTests
{
    [Fact]
    public Task A_pin_passed_to_a_neutral_fast_hash_helper_is_reported_at_each_call() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;

        public static class Digest
        {
            public static string Sha1Hex(string text)
            {
                using var sha1 = SHA1.Create();
                return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(text)));
            }
        }

        public sealed class DockKeypad
        {
            private readonly Dictionary<string, string> _codes = new();

            public bool Unlock(string dockId, string riderNo, string pin) =>
                _codes.TryGetValue(riderNo, out var stored) && stored == {|CMP2002:Digest.Sha1Hex(dockId + ":" + pin)|};

            public string Enrol(string riderNo, string newPinCode) => {|CMP2002:Digest.Sha1Hex(riderNo + newPinCode)|};

            public string MaintenanceCheck(string passcode)
            {
                var material = passcode.Trim();
                return {|CMP2002:Digest.Sha1Hex(material)|};
            }

            // not PINs: a name's pinyin, a pinned route, a certificate pin, the number of PIN attempts
            public string NameKey(string riderPinYin) => Digest.Sha1Hex(riderPinYin);
            public string RouteKey(string pinnedRouteId) => Digest.Sha1Hex(pinnedRouteId);
            public string PinSet(string spkiPin) => Digest.Sha1Hex(spkiPin);
            public string AttemptKey(string riderNo, int pinAttempts) => Digest.Sha1Hex(riderNo + pinAttempts);
        }
        """);

    [Fact]
    public Task A_pin_helper_is_reported_inside_and_at_its_verify_call() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class CounterPin
        {
            public static string Seal(string memberNo, string pin) =>
                Convert.ToBase64String({|CMP2002:SHA256.HashData(Encoding.UTF8.GetBytes(memberNo + pin))|});

            public static bool Matches(string memberNo, string typedPin, string sealedValue) =>
                {|CMP2002:Seal(memberNo, typedPin)|} == sealedValue;

            // a certificate's public-key pin is a digest of public data: no PIN goes in
            public static string SpkiPin(byte[] subjectPublicKeyInfo) => Convert.ToBase64String(SHA256.HashData(subjectPublicKeyInfo));
        }
        """);
}
