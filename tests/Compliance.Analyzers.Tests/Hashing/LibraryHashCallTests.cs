namespace Compliance.Analyzers.Tests.Hashing;

using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Fifteenth session (hashsecreal), recall on real repositories: passwords hashed by a package's MD5 helper
/// (NETCore.Encrypt's <c>EncryptProvider.Md5</c>, Furion's <c>MD5Encryption.Encrypt</c>) were missed because the helper's
/// body is not in the compilation; the name says the algorithm. Bound to a metadata reference (a restored scan) and
/// unbound (the fallback compilation), directly and through one project helper that forwards to the package.
/// </summary>
public class LibraryHashCallTests
{
    private const string PackageSource = """
        namespace NETCore.Encrypt
        {
            public static class EncryptProvider
            {
                public static string Md5(string srcString) => srcString;
                public static string Sha256(string srcString) => srcString;
                public static string HMACMD5(string srcString, string key) => srcString;
                public static string Base64Encrypt(string input) => input;
            }
        }

        namespace Furion.DataEncryption
        {
            public static class MD5Encryption
            {
                public static string Encrypt(string text, bool uppercase = false) => text;
                public static string EncryptFile(string path) => path;
            }
        }
        """;

    [Fact]
    public Task A_password_given_to_a_package_md5_helper_is_reported_at_the_call()
    {
        var test = new Verify
        {
            TestCode = """
                using Furion.DataEncryption;
                using NETCore.Encrypt;

                public class SysUser { public string Password { get; set; } = ""; public string Account { get; set; } = ""; }
                public class ChangePwdInput { public string PasswordOld { get; set; } = ""; public string PasswordNew { get; set; } = ""; }

                public static class CryptogramUtil
                {
                    // The project's entry point forwards to the package: reported where a password is handed to it.
                    public static string Encrypt(string plainText) => MD5Encryption.Encrypt(plainText);
                }

                public class UserService
                {
                    public void Create(SysUser user) => user.Password = {|CMP2002:EncryptProvider.Md5(user.Password)|};

                    public bool ChangePwd(SysUser user, ChangePwdInput input)
                    {
                        if (user.Password != {|CMP2002:MD5Encryption.Encrypt(input.PasswordOld)|}) return false;
                        user.Password = {|CMP2002:CryptogramUtil.Encrypt(input.PasswordNew)|};
                        return true;
                    }

                    public string Login(string account, string password) => {|CMP2002:EncryptProvider.Sha256(password)|};

                    // Decoys: a cache key, a keyed MAC, a file digest, an account name, a reversible encoding of a title.
                    public string CacheKey(string path, long userId) => MD5Encryption.Encrypt($"idempotent:{path}:{userId}");
                    public string Sign(string password, string key) => EncryptProvider.HMACMD5(password, key);
                    public string FileDigest(string password) => MD5Encryption.EncryptFile(password);
                    public string AccountTag(SysUser user) => CryptogramUtil.Encrypt(user.Account);
                    public string Title(string title) => EncryptProvider.Base64Encrypt(title);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(HashingHarness.FakeAssembly("NETCore.Encrypt", PackageSource));
        return test.RunAsync();
    }

    [Fact]
    public Task A_password_given_to_an_unbound_md5_helper_is_reported_without_the_package() => Verify.VerifyBrokenAsync("""
        public class LoginBody { public string Password { get; set; } = ""; public string FileName { get; set; } = ""; }

        public class SysLoginService
        {
            public string Login(LoginBody loginBody)
            {
                loginBody.Password = {|CMP2002:NETCore.Encrypt.EncryptProvider.Md5(loginBody.Password)|};
                return loginBody.Password;
            }

            public bool UpdatePwd(string oldPassword, string stored)
            {
                string oldMd5 = {|CMP2002:NETCore.Encrypt.EncryptProvider.Md5(oldPassword)|};
                return oldMd5 == stored || {|CMP2002:Furion.DataEncryption.MD5Encryption.Encrypt(oldPassword)|} == stored;
            }

            // Decoys: no password, a file checksum helper, an HMAC, an unqualified unbound name (may be anything).
            public string Name(LoginBody body) => NETCore.Encrypt.EncryptProvider.Md5(body.FileName);
            public string Sum(string password) => Hashes.Md5File(password);
            public string Mac(string password, string key) => NETCore.Encrypt.EncryptProvider.HMACSHA1(password, key);
            public string Bare(string password) => Md5(password);
        }
        """);
}

/// <summary>
/// Fifteenth session (hashsecreal): a password that reaches a fast hash through a reversible step (WaterCloud's
/// <c>MD5(DES(password))</c>) is still a fast hash of the password; a login parameter named <c>pass</c> is a password for
/// the hashing rules only (flags such as <c>isPass</c>, <c>bypass</c> are not).
/// </summary>
public class ReversibleStepAndPassTests
{
    [Fact]
    public Task Encrypting_first_and_a_pass_parameter_still_reach_the_fast_hash() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class Md5Util
        {
            public static string Md5(string str, int length)
            {
                using var md5 = MD5.Create();
                return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(str))) + length;
            }
        }

        public static class DesUtil
        {
            public static string Encrypt(string text, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text + key));
            public static string Decrypt(string text, string key) => text + key;
        }

        public class UserLogOn
        {
            public bool CheckLogin(string password, string secretkey, string stored) =>
                stored == {|CMP2002:Md5Util.Md5(DesUtil.Encrypt(password.ToLower(), secretkey).ToLower(), 32)|};

            public string GetJwt(string name, string pass) => {|CMP2002:Md5Util.Md5(pass, 32)|};

            public string Reset(string newPass) => {|CMP2002:Md5Util.Md5(newPass, 32)|};

            // Decoys: flags and words that only contain "pass", a decrypted order number, data encrypted under a key.
            public string Audit(string isPass) => Md5Util.Md5(isPass, 16);
            public string Route(string bypass) => Md5Util.Md5(bypass, 16);
            public string Status(string passStatus) => Md5Util.Md5(passStatus, 16);
            public string Order(string orderNo, string key) => Md5Util.Md5(DesUtil.Decrypt(orderNo, key), 16);
            public string Sealed(string orderNo, string secretkey) => Md5Util.Md5(DesUtil.Encrypt(orderNo, secretkey), 16);
        }
        """);
}

/// <summary>
/// Fifteenth session (hashsecreal): a string helper that forwards to its own byte[] overload (NetModular's
/// <c>Md5Encrypt.Encrypt(string source) => Encrypt(Encoding.UTF8.GetBytes(source))</c>) hashes its input like the
/// overload does; the Stream overload of a file digest stays out.
/// </summary>
public class ByteArrayOverloadTests
{
    [Fact]
    public Task A_password_reaching_the_byte_array_overload_is_reported_at_the_call() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Security.Cryptography;
        using System.Text;

        public static class Md5Encrypt
        {
            public static string Encrypt(string source, bool lowerCase = false) =>
                source == null ? null : Encrypt(Encoding.UTF8.GetBytes(source), lowerCase);

            public static string Encrypt(byte[] source, bool lowerCase = false)
            {
                using var md5Hash = MD5.Create();
                var hex = Convert.ToHexString(md5Hash.ComputeHash(source));
                return lowerCase ? hex.ToLowerInvariant() : hex;
            }

            public static string Encrypt(Stream inputStream)
            {
                using var md5Hash = MD5.Create();
                return Convert.ToHexString(md5Hash.ComputeHash(inputStream));
            }
        }

        public class Md5PasswordHandler
        {
            public string Encrypt(string userName, string password) => {|CMP2002:Md5Encrypt.Encrypt($"{userName.ToLower()}_{password}")|};

            // Decoys: a file name, an uploaded file's stream.
            public string Name(string fileName) => Md5Encrypt.Encrypt(fileName);
            public string Upload(Stream stream) => Md5Encrypt.Encrypt(stream);
        }
        """);
}
