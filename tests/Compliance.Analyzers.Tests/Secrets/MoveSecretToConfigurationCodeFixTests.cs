namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.CodeFixes.Secrets;
using Compliance.Analyzers.Secrets;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static SecretFixtures;

public class MoveSecretToConfigurationCodeFixTests
{
    /// <summary>All secret analyzers with the code fix; the framework also runs Fix All (document, project, solution).</summary>
    private sealed class Test : CSharpCodeFixTest<KnownTokenFormatAnalyzer, MoveSecretToConfigurationCodeFix, DefaultVerifier>
    {
        public Test()
        {
            TestReferences.Use(this, aspNet: true);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => SecretsAnalyzerRunner.All;
    }

    [Fact]
    public async Task Moves_literals_to_configuration_or_environment_with_fix_all()
    {
        var pwd = Password(600);
        var key = AlnumOf(32, 601);
        var source = $$"""
            using System;
            using System.Net;
            using Microsoft.Extensions.Configuration;

            class Mailer
            {
                private readonly IConfiguration configuration;

                public Mailer(IConfiguration configuration) { this.configuration = configuration; }

                public NetworkCredential Create() => new NetworkCredential("svc", {|CMP1001:"{{pwd}}"|});

                public string Reporting() => {|CMP1004:"Server=db;User Id=rpt;Password={{pwd}}"|};
            }

            class Jobs
            {
                private const string ApiToken = {|CMP1002:"{{key}}"|};

                void Run()
                {
                    var c = new NetworkCredential("svc", {|CMP1001:"{{pwd}}x"|});
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Net;
            using Microsoft.Extensions.Configuration;

            class Mailer
            {
                private readonly IConfiguration configuration;

                public Mailer(IConfiguration configuration) { this.configuration = configuration; }

                public NetworkCredential Create() => new NetworkCredential("svc", configuration["Secrets:Mailer:NetworkCredentialPassword"]);

                public string Reporting() => configuration["Secrets:Mailer:ConnectionString"];
            }

            class Jobs
            {
                private static readonly string ApiToken = Environment.GetEnvironmentVariable("Secrets__Jobs__ApiToken");

                void Run()
                {
                    var c = new NetworkCredential("svc", Environment.GetEnvironmentVariable("Secrets__Jobs__NetworkCredentialPassword"));
                }
            }
            """;
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        await test.RunAsync();
    }

    [Fact]
    public async Task Attribute_arguments_and_comments_are_left_alone()
    {
        var pwd = Password(602);
        var source = $$"""
            class SecretAttribute : System.Attribute { public string Password { get; set; } = ""; }

            class C
            {
                // {|CMP1003:{{GitHubToken(603)}}|}
                [Secret(Password = {|CMP1002:"{{pwd}}"|})]
                void M() { }
            }
            """;
        var test = new Test { TestCode = source, FixedCode = source };
        await test.RunAsync();
    }
}
