namespace Compliance.Analyzers.Tests.Robustness;

using System.Collections.Immutable;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Generated code is not analysed (docs/decisions.md "Generated code"): EF Core migrations are recognised
/// by their declarations, the way <c>dotnet build</c> runs the analyzers (no CLI involved), with the EF Core
/// types unresolved or resolved alike; the same code in an ordinary class is reported.
/// </summary>
public sealed class GeneratedCodeTests
{
    // Stand-ins for the EF Core types (a fallback compilation has none: the decision is syntactic either way).
    private const string EfCore = """
        namespace Microsoft.EntityFrameworkCore.Migrations
        {
            public abstract class Migration { protected abstract void Up(MigrationBuilder migrationBuilder); }
            public sealed class MigrationBuilder { public void Sql(string sql) { } }
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class MigrationAttribute : System.Attribute { public MigrationAttribute(string id) { } }
        }
        namespace Microsoft.EntityFrameworkCore.Infrastructure
        {
            public abstract class ModelSnapshot { protected abstract void BuildModel(object modelBuilder); }
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class DbContextAttribute : System.Attribute { public DbContextAttribute(System.Type type) { } }
        }
        """;

    // Built at run time: the repository holds no secret-looking literal.
    private static readonly string Password = "Winter" + "2024" + "!xQ7";

    private static string Body => $$"""
            var connection = "Server=db;Database=shop;User Id=sa;Password={{Password}};";
            migrationBuilder.Sql(connection);
            var credential = new System.Net.NetworkCredential("deploy", "{{Password}}");
            var md5 = System.Security.Cryptography.MD5.Create();
        """;

    private static async Task<ImmutableArray<Diagnostic>> Analyse(params (string Path, string Source)[] files)
    {
        var refs = await TestReferences.ResolveAspNetAsync();
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("Shop", files.Select(f => CSharpSyntaxTree.ParseText(f.Source, parse, path: f.Path)).Append(CSharpSyntaxTree.ParseText(EfCore, parse, path: "/src/EfCore.cs")),
            refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(AnalyzerRobustnessTests.AllAnalyzers()).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id.StartsWith("CMP", StringComparison.Ordinal) && d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
    }

    [Fact]
    public async Task A_migration_with_a_hard_coded_connection_string_gives_nothing_and_the_same_code_in_a_normal_class_does()
    {
        var migration = $$"""
            using Microsoft.EntityFrameworkCore.Migrations;
            namespace Shop.Migrations
            {
                public partial class AddOrders : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
            {{Body}}
                    }
                }
            }
            """;
        var normal = $$"""
            using Microsoft.EntityFrameworkCore.Migrations;
            namespace Shop.Migrations
            {
                public class OrderSeeder
                {
                    public void Up(MigrationBuilder migrationBuilder)
                    {
            {{Body}}
                    }
                }
            }
            """;

        Assert.Empty(await Analyse(("/src/Migrations/20240101_AddOrders.cs", migration)));
        // Same folder, same body: only the declaration differs, and a folder name is no proof.
        var found = await Analyse(("/src/Migrations/OrderSeeder.cs", normal));
        Assert.Contains(found, d => d.Id == "CMP1001");
        Assert.Contains(found, d => d.Id == "CMP2001");
        Assert.All(found, d => Assert.Equal("/src/Migrations/OrderSeeder.cs", d.Location.SourceTree!.FilePath));
    }

    [Fact]
    public async Task Migration_designer_and_model_snapshot_halves_are_generated_and_a_normal_class_beside_them_is_not()
    {
        var source = $$"""
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;
            namespace Shop.Migrations;

            [DbContext(typeof(object))]
            [Migration("20240101000000_AddOrders")]
            partial class AddOrders
            {
                protected void BuildTargetModel(MigrationBuilder migrationBuilder)
                {
            {{Body}}
                }
            }

            [DbContext(typeof(object))]
            partial class ShopModelSnapshot : ModelSnapshot
            {
                protected override void BuildModel(object modelBuilder) { MigrationBuilder migrationBuilder = new(); {{Body}} }
            }

            class Ordinary
            {
                void M(MigrationBuilder migrationBuilder)
                {
            {{Body}}
                }
            }
            """;

        var found = await Analyse(("/src/Migrations/Mixed.cs", source));

        Assert.NotEmpty(found);
        var ordinary = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == "Ordinary").Span;
        Assert.All(found, d => Assert.True(ordinary.Contains(d.Location.SourceSpan), $"{d.Id} at {d.Location.GetLineSpan()} is outside the ordinary class"));
        Assert.Contains(found, d => d.Id == "CMP2001");
    }

    [Fact]
    public void Files_are_generated_by_header_name_or_migration_classes_only_never_by_folder()
    {
        string? Reason(string path, string source) => GeneratedCode.FileReason(CSharpSyntaxTree.ParseText(source, path: path), default);

        Assert.Equal("auto-generated header", Reason("/src/Client.cs", "// <auto-generated>\n// by NSwag\n// </auto-generated>\nclass Client { }"));
        Assert.Equal("auto-generated header", Reason("/src/Old.cs", "#pragma warning disable\n/* <autogenerated /> */\nclass Old { }"));
        Assert.Equal("generated file name", Reason("/src/Form1.Designer.cs", "class Form1 { }"));
        Assert.Equal("generated file name", Reason("/src/Api.g.cs", "class Api { }"));
        Assert.Equal("generated file name", Reason("/src/View.g.i.cs", "class View { }"));
        Assert.Equal("EF Core migration", Reason("/src/Migrations/1_Init.cs", "namespace A { public partial class Init : Microsoft.EntityFrameworkCore.Migrations.Migration { } }"));
        Assert.Equal("EF Core migration", Reason("/src/Migrations/Snap.cs", "namespace A; [DbContext(typeof(X))] partial class Snap : ModelSnapshot { }"));

        // Not generated: a folder called generated/, a header comment after code, a migration beside an ordinary class,
        // an attribute without the designer method.
        Assert.Null(Reason("/src/generated/Plain.cs", "class Plain { }"));
        Assert.Null(Reason("/src/Late.cs", "class Late { }\n// <auto-generated/>"));
        Assert.Null(Reason("/src/Migrations/Mixed.cs", "class Init : Migration { } class Helper { }"));
        Assert.Null(Reason("/src/Migrations/Odd.cs", "[Migration(\"1\")] class Odd { void Up() { } }"));
        Assert.Null(Reason("/src/Migrations/Empty.cs", "namespace A { }"));
    }

    [Fact]
    public async Task An_explicit_generated_code_setting_wins_over_the_syntax()
    {
        var migration = $$"""
            using Microsoft.EntityFrameworkCore.Migrations;
            public partial class AddOrders : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
            {{Body}}
                }
            }
            """;
        var refs = await TestReferences.ResolveAspNetAsync();
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("Shop", [CSharpSyntaxTree.ParseText(migration, parse, path: "/src/AddOrders.cs"), CSharpSyntaxTree.ParseText(EfCore, parse, path: "/src/EfCore.cs")], refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new NotGenerated());

        var diagnostics = await compilation.WithAnalyzers(AnalyzerRobustnessTests.AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync();

        // .editorconfig `generated_code = false` (or compliance.yaml generated.analyse: true) analyses it like any other code.
        Assert.Contains(diagnostics, d => d.Id == "CMP2001");
    }

    /// <summary>What `generated_code = false` in .editorconfig gives every file.</summary>
    private sealed class NotGenerated : AnalyzerConfigOptionsProvider
    {
        private static readonly Options False = new();

        public override AnalyzerConfigOptions GlobalOptions => False;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => False;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => False;

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "generated_code" ? "false" : null;
                return value is not null;
            }
        }
    }
}
