namespace Compliance.Cli.Tests.Scanning;

using System.Collections.Immutable;
using Compliance.Analyzers.Candidates;
using Compliance.Analyzers.Common;
using Compliance.Cli.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// The member bodies of generated EF Core migration classes are stubbed before the scan compiles them (issue 16: on
/// bitwarden/server they are 1.35M of 2M lines, all bound by a whole-compilation run). Nothing else may change: the
/// declarations other code binds against, the file's generated verdict, a non-migration class, and the findings.
/// </summary>
public sealed class MigrationBodiesTests
{
    private const string Migration = """
        using Microsoft.EntityFrameworkCore.Migrations;
        namespace Shop.Migrations;
        public partial class AddOrders : Migration
        {
            public const string Table = "Orders";
            public static int Version => 3;
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                var md5 = System.Security.Cryptography.MD5.Create();
            }
            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table);
        }
        """;

    private const string Designer = """
        namespace Shop.Migrations;
        [DbContext(typeof(ShopContext))]
        [Migration("20240101_AddOrders")]
        partial class AddOrders
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("Shop.Order", b => { b.Property<string>("Phone"); });
            }
        }
        public class Seeder
        {
            public void Seed() { var md5 = System.Security.Cryptography.MD5.Create(); }
        }
        """;

    private const string User = """
        namespace Shop;
        public class Orders
        {
            public string Name() => Shop.Migrations.AddOrders.Table + Shop.Migrations.AddOrders.Version;
            public byte[] Hash(byte[] data) => System.Security.Cryptography.MD5.Create().ComputeHash(data);
        }
        """;

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, path: path);

    [Fact]
    public void A_migration_class_keeps_its_declarations_and_loses_its_bodies()
    {
        var tree = Parse(Migration, "/src/Migrations/20240101_AddOrders.cs");

        var stripped = MigrationBodies.Strip(tree, default);

        var text = stripped.GetText().ToString();
        Assert.DoesNotContain("MD5", text);
        Assert.DoesNotContain("DropTable", text);
        Assert.Contains("public const string Table = \"Orders\";", text);
        Assert.Contains("public partial class AddOrders : Migration", text);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(text, "throw null").Count);
        Assert.Equal(tree.FilePath, stripped.FilePath);
        Assert.Equal("EF Core migration", GeneratedCode.FileReason(stripped, default));
        // Stubbing twice changes nothing (the CLI's fallback path stubs before compiling, the project path after).
        Assert.Same(stripped, MigrationBodies.Strip(stripped, default));
    }

    [Fact]
    public void A_class_that_is_not_a_migration_keeps_its_body_even_beside_one()
    {
        var tree = Parse(Designer, "/src/Migrations/20240101_AddOrders.Designer.cs");

        var text = MigrationBodies.Strip(tree, default).GetText().ToString();

        Assert.DoesNotContain("modelBuilder.Entity", text);
        Assert.Contains("public void Seed() { var md5 = System.Security.Cryptography.MD5.Create(); }", text);
        var plain = Parse(User, "/src/Orders.cs");
        Assert.Same(plain, MigrationBodies.Strip(plain, default));
    }

    [Fact]
    public async Task A_whole_run_reports_the_same_with_stubbed_migrations_and_keeps_the_finding_in_user_code()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        var migration = Parse(Migration, "/src/Migrations/20240101_AddOrders.cs");
        var designer = Parse(Designer, "/src/Migrations/20240101_AddOrders.Designer.cs");
        var user = Parse(User, "/src/Orders.cs");

        async Task<List<string>> Run(params SyntaxTree[] trees)
        {
            var compilation = CSharpCompilation.Create("Shop", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var cwa = compilation.WithAnalyzers(CSharpAnalysis.Analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            var user = compilation.SyntaxTrees.Where(t => t.FilePath == "/src/Orders.cs").ToList();
            var run = await CandidateAnalysis.RunAsync(cwa, user, 1, default, strategy: AnalysisStrategy.Whole);
            return run.Diagnostics.Concat(run.CompilerErrors)
                .Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath} {d.Location.SourceSpan}").ToList();
        }

        var before = await Run(migration, designer, user);
        var after = await Run(MigrationBodies.Strip(migration, default), MigrationBodies.Strip(designer, default), user);

        Assert.Equal(before, after);
        var md5 = User.IndexOf("System.Security.Cryptography.MD5.Create()", StringComparison.Ordinal);
        Assert.Contains(after, d => d.StartsWith("CMP", StringComparison.Ordinal) && d.Contains($"/src/Orders.cs [{md5}.."));
        // The user file binds against the migration's declarations as before: no compiler error in it.
        Assert.DoesNotContain(after, d => d.StartsWith("CS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_projects_compilation_swaps_only_its_generated_migration_trees_in_place()
    {
        // The project path (MSBuild) gets its trees from the workspace, so the stubbing replaces trees in the compilation.
        var user = Parse(User, "/src/Orders.cs");
        var migration = Parse(Migration, "/src/Migrations/20240101_AddOrders.cs");
        var designer = Parse(Designer, "/src/Migrations/20240101_AddOrders.Designer.cs");
        var resource = Parse("// <auto-generated/>\nnamespace Shop; internal class Strings { public static string Get() => \"x\"; }\n", "/src/Strings.Designer.cs");
        var compilation = CSharpCompilation.Create("Shop", [user, migration, designer, resource]);

        var (swapped, generated) = MigrationBodies.StripIn(compilation, [migration, designer, resource], default);

        Assert.Equal(compilation.SyntaxTrees.Select(t => t.FilePath), swapped.SyntaxTrees.Select(t => t.FilePath));
        var trees = swapped.SyntaxTrees.ToList();
        Assert.Same(user, trees[0]);
        Assert.Same(resource, trees[3]);
        Assert.NotSame(migration, trees[1]);
        Assert.DoesNotContain("MD5", trees[1].GetText().ToString());
        Assert.Contains("public void Seed() { var md5 = System.Security.Cryptography.MD5.Create(); }", trees[2].GetText().ToString());
        // The generated verdict follows the new trees (the analyzer options mark them), and only them.
        Assert.True(generated.SetEquals([trees[1], trees[2], trees[3]]));
        Assert.DoesNotContain(migration, generated);

        // Nothing to stub: the same compilation and set, no copy.
        HashSet<SyntaxTree> plain = [resource];
        var (same, sameGenerated) = MigrationBodies.StripIn(compilation, plain, default);
        Assert.Same(compilation, same);
        Assert.Same(plain, sameGenerated);
    }
}
