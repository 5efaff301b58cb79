namespace Compliance.Cli.Tests.EndToEnd;

using System.Text.Json;
using Compliance.Cli.Scanning;

/// <summary>
/// The fallback compilation (<c>--untrusted</c>, projects that do not load) gets the global usings the SDK would have
/// generated: without them an SDK-style project's <c>Guid</c>, <c>Task</c>, <c>ILogger&lt;T&gt;</c> did not bind, and a
/// custom exception built with a <c>Guid</c> argument was an unbound creation whose every argument was taken to reach the
/// message (bitwarden's SSO exceptions, judged false alarms).
/// </summary>
public sealed class ImplicitUsingsTests
{
    private const string Code = """
        namespace Sso;

        public class SsoUserException : Exception
        {
            public SsoUserException(string message, string email, Guid organizationId) : base(message)
            {
                Email = email;
                OrganizationId = organizationId;
            }

            public string Email { get; }
            public Guid OrganizationId { get; }
        }

        public class LoginService
        {
            public Task RejectAsync(string email, Guid organizationId) =>
                throw new SsoUserException("User is not a member of the organization.", email, organizationId);

            public Task FailAsync(string email) =>
                throw new InvalidOperationException($"No account for {email}");
        }
        """;

    private static (List<(string Rule, int Line)> Findings, int FilesWithErrors) Scan(string name, string implicitUsings)
    {
        var root = CliRunner.TempDir(name);
        Directory.CreateDirectory(Path.Combine(root, "src", "Sso"));
        File.WriteAllText(Path.Combine(root, "src", "Sso", "Sso.csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <ImplicitUsings>{implicitUsings}</ImplicitUsings>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(root, "src", "Sso", "LoginService.cs"), Code);
        var run = CliRunner.Invoke(root, "scan", ".", "--output", "out", "--format", "json", "--lang", "en", "--untrusted", "--fail-on", "none");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "out", "results.json")));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("file").GetString() == "src/Sso/LoginService.cs")
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("startLine").GetInt32()))
            .ToList();
        return (findings, doc.RootElement.GetProperty("scan").GetProperty("csharpFilesWithErrors").GetInt32());
    }

    [Fact]
    public void An_sdk_project_with_implicit_usings_binds_under_untrusted_and_its_exception_property_is_not_a_message()
    {
        var (findings, errors) = Scan("implicit-usings-on", "enable");
        Assert.Equal(0, errors);
        // the e-mail is kept in a property, never in the message: not reported
        Assert.DoesNotContain(findings, f => f.Line == 18);
        // the e-mail interpolated into the message still is
        Assert.Contains(("CMP3002", 21), findings);
    }

    [Fact]
    public void Without_implicit_usings_the_same_file_does_not_bind()
    {
        var (findings, errors) = Scan("implicit-usings-off", "disable");
        Assert.Equal(1, errors);
        Assert.Contains(("CMP3002", 21), findings);
    }

    [Fact]
    public void Directives_follow_the_sdk_directory_build_props_and_using_items()
    {
        var root = CliRunner.TempDir("implicit-usings-directives");
        Directory.CreateDirectory(Path.Combine(root, "src", "Web"));
        Directory.CreateDirectory(Path.Combine(root, "src", "Domain"));
        Directory.CreateDirectory(Path.Combine(root, "legacy", "Old"));
        File.WriteAllText(Path.Combine(root, "src", "Directory.Build.props"), """
            <Project>
              <PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup>
                <Using Include="Volo.Abp" />
                <Using Include="System.Text.Json.JsonSerializer" Static="true" />
                <Using Include="$(RootNamespace).Shared" />
                <Using Remove="System.Net.Http" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "src", "Domain", "Domain.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(root, "src", "Web", "Web.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk.Web/8.0.0\"><ItemGroup><Using Include=\"Microsoft.Extensions.Options\" Alias=\"Opt\" /></ItemGroup></Project>");
        File.WriteAllText(Path.Combine(root, "legacy", "Old", "Old.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><ImplicitUsings>disable</ImplicitUsings></PropertyGroup></Project>");
        var files = new[] { "src/Domain/Domain.csproj", "src/Web/Web.csproj", "legacy/Old/Old.csproj" }
            .Select(r => new ScanFile(Path.Combine(root, r), r, new FileInfo(Path.Combine(root, r)).Length)).ToList();

        var directives = ImplicitUsings.Directives(files, root);

        Assert.Equal(new[]
        {
            "global using Opt = global::Microsoft.Extensions.Options;",
            "global using global::Microsoft.AspNetCore.Builder;",
            "global using global::Microsoft.AspNetCore.Hosting;",
            "global using global::Microsoft.AspNetCore.Http;",
            "global using global::Microsoft.AspNetCore.Routing;",
            "global using global::Microsoft.Extensions.Configuration;",
            "global using global::Microsoft.Extensions.DependencyInjection;",
            "global using global::Microsoft.Extensions.Hosting;",
            "global using global::Microsoft.Extensions.Logging;",
            "global using global::System;",
            "global using global::System.Collections.Generic;",
            "global using global::System.IO;",
            "global using global::System.Linq;",
            "global using global::System.Net.Http.Json;",
            "global using global::System.Threading;",
            "global using global::System.Threading.Tasks;",
            "global using global::Volo.Abp;",
            "global using static global::System.Text.Json.JsonSerializer;",
        }.Order(StringComparer.Ordinal), directives);
        // a project that turns them off, with no Directory.Build.props of its own, imports nothing
        Assert.Empty(ImplicitUsings.Directives(files.Where(f => f.RelativePath.StartsWith("legacy/", StringComparison.Ordinal)), root));
    }
}
