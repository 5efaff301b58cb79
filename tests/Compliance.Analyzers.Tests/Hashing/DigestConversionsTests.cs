namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// wh10: the walk that finds the local holding a digest (HashUseContext) and the walk that finds a compared digest
/// (VerifyCall) share one list of conversions. A digest kept through <c>.Trim()</c> is still the digest, so the local's
/// later use as an ETag decides its purpose; the same shape feeding a signature stays a security use.
/// </summary>
public class DigestConversionsTests
{
    [Fact]
    public Task A_trimmed_digest_local_is_judged_by_its_later_use() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;

        public class PriceListResponder
        {
            public void Write(byte[] body, IDictionary<string, string> headers)
            {
                var tag = Convert.ToBase64String({|CMP2090:MD5.HashData(body)|}).Trim();
                headers["ETag"] = tag;
            }

            // Decoy for the other direction: the same conversion feeding a signature header stays CMP2001.
            public void Send(byte[] body, IDictionary<string, string> headers)
            {
                var tag = Convert.ToBase64String({|CMP2001:MD5.HashData(body)|}).Trim();
                headers["X-Signature"] = tag;
            }
        }
        """);
}
