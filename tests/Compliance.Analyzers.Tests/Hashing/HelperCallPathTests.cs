namespace Compliance.Analyzers.Tests.Hashing;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Hashing.FastPasswordHashAnalyzer>;

/// <summary>
/// Issue 14: a fast hash of a password through a helper was reported on one call path (registration) and not on
/// another (login). Every path that hands a password to the same helper is reported the same way.
/// </summary>
public class HelperCallPathTests
{
    [Fact]
    public Task Registration_login_and_reset_paths_through_the_same_helpers_are_all_reported() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class MD5Encryption
        {
            public static string Encrypt(string str, bool isUpper = true)
            {
                using var md5 = MD5.Create();
                var hex = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(str)));
                return isUpper ? hex : hex.ToLowerInvariant();
            }
        }

        public static class CryptogramUtil
        {
            // the project's one entry point: delegates to the MD5 helper
            public static string Encrypt(string plainText) => MD5Encryption.Encrypt(plainText);
            public static string Compare(string plainText) { var cipher = MD5Encryption.Encrypt(plainText, false); return cipher; }
        }

        public class SysUser { public string Account { get; set; } = ""; public string Password { get; set; } = ""; public string Avatar { get; set; } = ""; }
        public class LoginInput { public string Account { get; set; } = ""; public string Password { get; set; } = ""; }

        public class SysAuthService
        {
            public void Register(SysUser user, string password) => user.Password = {|CMP2002:MD5Encryption.Encrypt(password)|};
            public bool Login(LoginInput input, SysUser user) => user.Password == {|CMP2002:CryptogramUtil.Encrypt(input.Password)|};
            public bool Login2(LoginInput input, SysUser user)
            {
                var pwd = input.Password;
                return string.Equals(user.Password, {|CMP2002:CryptogramUtil.Compare(pwd)|}, StringComparison.Ordinal);
            }
            public void Reset(SysUser user, string newPassword) => user.Password = {|CMP2002:CryptogramUtil.Encrypt(newPassword)|};
            public string AvatarKey(SysUser user) => CryptogramUtil.Encrypt(user.Account);
        }
        """);

    [Fact]
    public Task A_helper_whose_parameter_name_is_the_only_evidence_is_judged_by_its_callers() => Verify.VerifyAsync("""
        using System;
        using System.Security.Cryptography;
        using System.Text;

        // Blog.Core's MD5Helper: MD5Encrypt16 is called only for cache keys, MD5Encrypt32 with login passwords,
        // MD5Encrypt64 by nobody (its parameter's name is all there is: kept).
        public static class MD5Helper
        {
            public static string MD5Encrypt16(string password)
            {
                var md5 = MD5.Create();
                return BitConverter.ToString(md5.ComputeHash(Encoding.Default.GetBytes(password)), 4, 8).Replace("-", "");
            }

            public static string MD5Encrypt32(string password)
            {
                var md5 = MD5.Create();
                return Convert.ToHexString({|CMP2002:md5.ComputeHash(Encoding.UTF8.GetBytes(password))|});
            }

            public static string MD5Encrypt64(string password) => Convert.ToBase64String({|CMP2002:MD5.HashData(Encoding.UTF8.GetBytes(password))|});
        }

        public abstract class CacheAOPbase
        {
            protected static string GetArgumentValue(object arg) => MD5Helper.MD5Encrypt16(arg.ToString() ?? "");
            protected static string Key(string result) => MD5Helper.MD5Encrypt16(password: result);
        }

        public class LoginController
        {
            public string Login(string name, string password) => {|CMP2002:MD5Helper.MD5Encrypt32(password)|};
        }
        """);
}
