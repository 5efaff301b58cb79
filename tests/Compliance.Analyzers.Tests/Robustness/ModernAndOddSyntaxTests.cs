namespace Compliance.Analyzers.Tests.Robustness;

using System.Text;

/// <summary>
/// C# 14 / preview syntax (which Roslyn 4.8 in users' older compilers may only half-parse) and
/// odd-but-valid code must not make any analyzer throw.
/// </summary>
public sealed class ModernAndOddSyntaxTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Logging;

        """;

    public static TheoryData<string, string> ModernSnippets() => new()
    {
        { "extension block", Usings + """
            public static class UserExtensions
            {
                extension(string email)
                {
                    public string Masked => email.Length > 2 ? email[..2] + "***" : "***";
                    public byte[] Hash() => MD5.HashData(Encoding.UTF8.GetBytes(email));
                }
                extension<T>(IEnumerable<T> source) where T : class
                {
                    public static IEnumerable<T> Empty => [];
                }
            }
            """ },
        { "field keyword", Usings + """
            public class User
            {
                public string Password { get => field; set => field = value ?? throw new ArgumentNullException(); }
                public string PhoneNumber { get; set => field = value.Trim(); } = "";
            }
            """ },
        { "null-conditional assignment", Usings + """
            public class Customer { public string? IdNumber { get; set; } public Customer? Next; }
            public class C(ILogger<C> logger)
            {
                public void M(Customer? c, string secret)
                {
                    c?.IdNumber = secret;
                    c?.Next?.IdNumber ??= "x";
                    logger.LogInformation("id {Id}", c?.Next?.IdNumber);
                }
            }
            """ },
        { "collection expressions and spreads", Usings + """
            public class C
            {
                static readonly byte[] Key = [0x01, 0x02, 0x03, .. new byte[13]];
                public int[] M(int[] a, List<int> b) => [.. a, .. b, 3];
                public Dictionary<string, string> D() => new() { ["password"] = "x" };
                public string[] Phones => ["138", .. Array.Empty<string>()];
            }
            """ },
        { "primary constructors", Usings + """
            public class Service(ILogger<Service> logger, string apiKey, string password = "changeme")
            {
                public void M(string phone) => logger.LogInformation("key {K} phone {P}", apiKey, phone);
                public string P => password;
            }
            public record struct Person(string Name, string IdCard, string Phone);
            public readonly record struct Token(string Value);
            """ },
        { "raw strings and utf8 literals", Usings + """"
            public class C
            {
                const string Sql = """
                    SELECT password, id_card FROM users WHERE phone = '{0}'
                    """;
                static ReadOnlySpan<byte> Secret => "s3cr3t-not-really"u8;
                string I(int n) => $$"""{"password": "{{n}}"}""";
                static readonly byte[] Hash = MD5.HashData("abc"u8);
            }
            """" },
        { "file-scoped types", Usings + """
            namespace N;
            file class Hidden { public string ConnectionString = "Server=.;Password=x"; }
            file record R(string Password);
            file interface I { static abstract string Key { get; } }
            """ },
        { "top-level statements", Usings + """
            var password = args.Length > 0 ? args[0] : "";
            var hash = SHA1.HashData(Encoding.UTF8.GetBytes(password));
            Console.WriteLine(Convert.ToHexString(hash));
            using var md5 = MD5.Create();
            static string Local(string s) => s;
            record Dto(string Phone);
            """ },
        { "ref structs, allows ref struct, params span, lambdas with defaults", Usings + """
            public ref struct R { public Span<byte> Buffer; }
            public class C
            {
                public static void M<T>(T t) where T : allows ref struct { }
                public void P(params ReadOnlySpan<string> xs) { var f = (string s = "pw") => s.Length; }
                public void Q() { var l = (ref int x, scoped ref R r) => x++; }
            }
            """ },
        { "partial properties and events", Usings + """
            public partial class C
            {
                public partial string Password { get; set; }
                public partial string Password { get => field; set => field = value; }
                partial void OnSecret(string apiKey);
            }
            """ },
        { "interceptors-like attributes, generic attributes, unsafe", Usings + """
            [AttributeUsage(AttributeTargets.All)] public class KeyAttribute<T> : Attribute { public KeyAttribute(string v) { } }
            public unsafe class C
            {
                [Key<int>("AKIA-not-a-key")] public int* P;
                public delegate* unmanaged<int, void> F;
                public void M() { int* p = stackalloc int[3]; fixed (char* c = "password") { } }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(ModernSnippets))]
    public async Task Modern_syntax_does_not_make_any_analyzer_throw(string name, string source)
    {
        var failures = await AnalyzerRobustnessTests.AnalyzerExceptions([(name, source)]);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Odd_but_valid_code_does_not_make_any_analyzer_throw()
    {
        var sources = new List<(string, string)>
        {
            ("partial methods and generated code", Usings + """
                // <auto-generated/>
                #nullable enable
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public partial class G
                {
                    partial void OnPasswordChanged(string value);
                    partial void OnPasswordChanged(string value) { var h = MD5.Create(); }
                    public partial int Count();
                    public partial int Count() => 0;
                }
                """),
            ("huge string concatenation", Usings + "public class C { public string S = " +
                string.Join(" + ", Enumerable.Range(0, 3000).Select(i => $"\"part{i}\"")) + "; public string P = \"password=\" + " +
                string.Join(" + ", Enumerable.Range(0, 2000).Select(i => $"S")) + "; }"),
            ("deeply nested lambdas", Usings + "public class C { public Func<int, object> F = " +
                string.Concat(Enumerable.Range(0, 150).Select(i => $"x{i} => (Func<int, object>)(")) + "y => MD5.Create()" + new string(')', 150) + "; }"),
            ("deeply nested parentheses and blocks", Usings + "public class C { public void M(ILogger l, string phone) { " +
                string.Concat(Enumerable.Repeat("if (phone != null) { ", 200)) + "l.LogInformation(\"p {P}\", phone);" + new string('}', 200) + " } }"),
            ("5000-line method", Usings + "public class C { public void M(ILogger logger, string phone, string password) {\n" +
                string.Concat(Enumerable.Range(0, 5000).Select(i => i % 500 == 0
                    ? $"    logger.LogInformation(\"phone {{P}} {i}\", phone);\n"
                    : i % 777 == 0 ? $"    var h{i} = SHA1.HashData(Encoding.UTF8.GetBytes(password));\n" : $"    var v{i} = {i} + phone.Length;\n")) + "} }"),
            ("many types and members", Usings + string.Concat(Enumerable.Range(0, 300).Select(i =>
                $"public class T{i} {{ public string Password{i} {{ get; set; }} = \"\"; public string Phone{i}; public byte[] H() => MD5.HashData(new byte[{i}]); }}\n"))),
            ("preprocessor and conditional code", Usings + """
                #define DEBUG_SECRETS
                #if DEBUG_SECRETS
                public class C { const string ApiKey = "abc"; }
                #elif NEVER
                public class C { this is not C# at all ((( }
                #endif
                #region weird
                #pragma warning disable CMP1001
                public class D { string password = "x"; }
                #pragma warning restore CMP1001
                #endregion
                """),
            ("unicode identifiers and escapes", Usings + """
                public class 用户 { public string 密码 = "x"; public string \u0070assword = "y"; public string 手机号 { get; set; } = ""; }
                public class @class { public string @string = "pwd"; }
                """),
        };
        var failures = await AnalyzerRobustnessTests.AnalyzerExceptions(sources);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3)));
    }
}
