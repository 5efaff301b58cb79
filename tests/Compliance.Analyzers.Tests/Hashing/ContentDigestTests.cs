namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.WeakHashAlgorithmAnalyzer>;

/// <summary>
/// Digests of content, not protection: the HTTP Content-MD5 header of an upload (RFC 1864; object stores require it),
/// kept in a local named for it even when the request is signed next to it, and a digest of image bytes (a camera frame,
/// a scanned page) used to skip duplicates. A security word next to the hash, or a Content-MD5 of a token, still wins.
/// </summary>
public class ContentDigestTests
{
    [Fact]
    public Task Content_md5_headers_and_image_digests_are_CMP2090() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public class TrailCameraUploads
        {
            public string PutFrame(byte[] body, string date)
            {
                var contentMd5 = Convert.ToBase64String({|CMP2090:MD5.HashData(body)|});
                var toSign = $"PUT\n{contentMd5}\nimage/jpeg\n{date}";
                return toSign;
            }

            public string FrameDigest(byte[] jpeg)
            {
                var seen = Convert.ToHexString({|CMP2090:SHA1.HashData(jpeg)|});
                Console.WriteLine("frame {0} stored", seen);
                return seen;
            }
        }
        """);

    [Fact]
    public Task A_security_word_or_a_password_keeps_CMP2001() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public class TrailCameraSecurity
        {
            public string SignFrame(byte[] jpeg) => Convert.ToHexString({|CMP2001:SHA1.HashData(jpeg)|});

            public string Register(string apiToken)
            {
                var contentMd5 = Convert.ToBase64String({|CMP2001:MD5.HashData(Encoding.UTF8.GetBytes(apiToken))|});
                return contentMd5;
            }

            public string Digest(byte[] frame) => Convert.ToHexString({|CMP2001:MD5.HashData(frame)|});
        }
        """);
}
