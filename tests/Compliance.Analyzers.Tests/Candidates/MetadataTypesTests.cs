namespace Compliance.Analyzers.Tests.Candidates;

using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// MetadataTypes shares GetTypeByMetadataName answers between the clones Roslyn makes of one compilation (one per
/// span request of the CLI): a library type is one symbol for all of them, a source type is each clone's own.
/// </summary>
public sealed class MetadataTypesTests
{
    private static readonly Lazy<Task<System.Collections.Immutable.ImmutableArray<MetadataReference>>> References =
        new(() => TestReferences.ResolveAspNetAsync());

    [Fact]
    public async Task A_library_type_is_shared_by_clones_and_a_source_type_or_a_new_tree_is_looked_up_again()
    {
        var refs = await References.Value;
        var tree = CSharpSyntaxTree.ParseText("namespace Shop { public class Local { } }", path: "Local.cs");
        var original = CSharpCompilation.Create("Shop", [tree], refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var clone = original.Clone();

        // A library type: the same symbol the clone itself resolves (the clones share the referenced assemblies).
        var exception = MetadataTypes.Get(original, "System.Exception");
        Assert.NotNull(exception);
        Assert.Same(clone.GetTypeByMetadataName("System.Exception"), MetadataTypes.Get(clone, "System.Exception"));
        Assert.Same(exception, MetadataTypes.Get(clone, "System.Exception"));

        // A source type belongs to its compilation: the clone gets its own symbol, never the original's.
        var local = MetadataTypes.Get(original, "Shop.Local");
        var cloneLocal = MetadataTypes.Get(clone, "Shop.Local");
        Assert.NotNull(local);
        Assert.Same(original.Assembly, local!.ContainingAssembly);
        Assert.Same(clone.Assembly, cloneLocal!.ContainingAssembly);

        // "Not found" holds only for the same trees: a compilation with one more tree that declares the type finds it.
        const string digest = "Org.BouncyCastle.Crypto.Digests.MD5Digest";
        Assert.Null(MetadataTypes.Get(original, digest));
        Assert.Null(MetadataTypes.Get(clone, digest));
        var more = original.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Org.BouncyCastle.Crypto.Digests { public class MD5Digest { } }", path: "Digest.cs"));
        var found = MetadataTypes.Get(more, digest);
        Assert.NotNull(found);
        Assert.Same(more.Assembly, found!.ContainingAssembly);
        Assert.Null(MetadataTypes.Get(original, digest));
    }
}
