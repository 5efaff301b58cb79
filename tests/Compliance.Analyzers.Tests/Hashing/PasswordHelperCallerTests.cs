namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;

/// <summary>
/// Eighteenth session (branch pwcallers, issue 14 recall): call sites of a password-named fast-hash helper that store or
/// check the password in shapes the seventeenth-session rule did not see — behind <c>?:</c> / <c>?.</c>, under a password
/// key (XML element, data row, SQL parameter), passed to a password parameter, or through a void setter that hashes in its
/// own body — and the decoys that must stay silent.
/// </summary>
public class PasswordHelperCallerTests
{
    private static string Lines(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) => string.Join(" ",
        diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}"));

    [Fact]
    public async Task Membership_provider_call_sites_of_a_password_helper_are_reported_where_they_store_or_check()
    {
        var diagnostics = await HashingHarness.RunAsync<FastPasswordHashAnalyzer>("""
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;
            using System.Xml;
            public static class Utils
            {
                public static string HashPassword(string plainMessage)
                {
                    var data = Encoding.UTF8.GetBytes(plainMessage);
                    using (var sha = SHA256.Create()) return Convert.ToBase64String(sha.ComputeHash(data));
                }
            }
            public class Account { public Account(string name, string password) { } }
            public class Command { public void AddWithValue(string name, object value) { } }
            public class XmlMembership
            {
                public bool Hashed;
                public bool ChangePassword(XmlNode node, string oldPassword, string newPassword)
                {
                    var passwordPassed = Hashed ? Utils.HashPassword(oldPassword) : oldPassword;
                    if (passwordPassed != node["Password"].InnerText) return false;
                    node["Password"].InnerText = Hashed ? Utils.HashPassword(newPassword) : newPassword;
                    return true;
                }
                public void Create(XmlWriter writer, Command cmd, Dictionary<string, string> row, string name, string password)
                {
                    writer.WriteElementString("Password", Utils.HashPassword(password));
                    cmd.AddWithValue("@Password", Utils.HashPassword(password));
                    row["Password"] = Utils.HashPassword(password);
                    var account = new Account(name, Utils.HashPassword(password));
                }
                public void Decoys(XmlWriter writer, Command cmd, string password, string body)
                {
                    Console.WriteLine(string.Format("password {0}", Utils.HashPassword(password)));
                    writer.WriteElementString("Checksum", Utils.HashPassword(body));
                    cmd.AddWithValue("@PasswordResetToken", Utils.HashPassword(password));
                    Utils.HashPassword(password);
                }
            }
            """);
        Assert.Equal("CMP2002@11 CMP2002@21 CMP2002@23 CMP2002@28 CMP2002@29 CMP2002@30 CMP2002@31", Lines(diagnostics));
    }

    [Fact]
    public async Task A_null_conditional_extension_call_and_a_void_setter_that_hashes_are_call_sites_a_void_service_is_not()
    {
        var diagnostics = await HashingHarness.RunAsync<FastPasswordHashAnalyzer>("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class StringExtensions
            {
                public static string ToMd5String(this string input)
                {
                    using var md5 = MD5.Create();
                    return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(input)));
                }
            }
            public class User { public string Pwd; public string Salt; public string Email; }
            public class Input { public string OldPwd; public string NewPwd; }
            public static class KdyUser
            {
                public static void SetPwd(User user, string newPwd)
                {
                    user.Salt = Guid.NewGuid().ToString("N");
                    user.Pwd = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(newPwd + user.Salt)));
                }
            }
            public class UserService
            {
                public void ChangePassword(User user, string newPassword) => user.Pwd = newPassword.ToMd5String();
            }
            public class UserController
            {
                public bool Change(User user, Input input, UserService service)
                {
                    if (input.OldPwd?.ToMd5String() != user.Pwd) return false;
                    KdyUser.SetPwd(user, input.NewPwd);
                    service.ChangePassword(user, input.NewPwd);
                    var gravatar = user.Email?.Trim().ToLowerInvariant().ToMd5String();
                    return gravatar != null;
                }
            }
            """);
        Assert.Equal("CMP2002@19 CMP2002@24 CMP2002@30 CMP2002@31", Lines(diagnostics));
    }

    [Fact]
    public async Task A_local_holding_the_helper_result_is_a_call_site_when_a_later_read_stores_it()
    {
        var diagnostics = await HashingHarness.RunAsync<FastPasswordHashAnalyzer>("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public class MDFive
            {
                public string MD5password(string password) => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(password)));
            }
            public class User { public string UserPassword; }
            public class Store { public User ByAccountPassword(string account, string password) => null; }
            public class UsersController
            {
                public User SignUp(MDFive tool, string userPassword)
                {
                    string hash = tool.MD5password(userPassword);
                    return new User { UserPassword = hash };
                }
                public User SignIn(MDFive tool, Store store, string account, string userPassword)
                {
                    string hash = tool.MD5password(userPassword);
                    return store.ByAccountPassword(account, hash);
                }
                public void Decoy(MDFive tool, string userPassword)
                {
                    string hash = tool.MD5password(userPassword);
                    Console.WriteLine(hash.Length);
                }
            }
            """);
        Assert.Equal("CMP2002@6 CMP2002@14 CMP2002@19", Lines(diagnostics));
    }
}
