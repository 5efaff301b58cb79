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

    /// <summary>
    /// The IDE makes a new compilation per edit: unchanged trees are the same objects, an edited file is a new tree, and a
    /// project whose references change gets other assembly symbols. Each edit below must answer for the new compilation,
    /// never with what the cache kept for the one before.
    /// </summary>
    [Fact]
    public async Task An_edited_compilation_is_answered_afresh_whichever_tree_or_reference_changed()
    {
        var refs = await References.Value;
        const string name = "System.Text.Json.JsonSerializer";
        var first = CSharpSyntaxTree.ParseText("namespace Shop { public class Order { } }", path: "Order.cs");
        var second = CSharpSyntaxTree.ParseText("namespace Shop { public class Cart { } }", path: "Cart.cs");
        var v1 = CSharpCompilation.Create("Shop", [first, second], refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var library = MetadataTypes.Get(v1, name);
        Assert.NotNull(library);
        Assert.NotSame(v1.Assembly, library!.ContainingAssembly);

        // an edit of a later tree declares a type of the same name: source wins in the edited compilation
        var shadowing = CSharpSyntaxTree.ParseText("namespace System.Text.Json { public class JsonSerializer { } }", path: "Cart.cs");
        var v2 = v1.ReplaceSyntaxTree(second, shadowing);
        Assert.Same(first, v2.SyntaxTrees.First());
        var source = MetadataTypes.Get(v2, name);
        Assert.NotNull(source);
        Assert.Same(v2.Assembly, source!.ContainingAssembly);
        Assert.Same(library, MetadataTypes.Get(v1, name));

        // the reference that held it removed: not found, not the library type the first compilation cached
        var json = v1.References.Single(r => v1.GetAssemblyOrModuleSymbol(r) is IAssemblySymbol a && a.Name == "System.Text.Json");
        var v3 = v1.RemoveReferences(json);
        Assert.Equal(v3.GetTypeByMetadataName(name), MetadataTypes.Get(v3, name));

        // the first tree itself edited (the cache's key): the new compilation is looked up under its own first tree
        var v4 = v2.ReplaceSyntaxTree(first, CSharpSyntaxTree.ParseText("namespace Shop { public class Order { public int Id; } }", path: "Order.cs"));
        Assert.Same(v4.Assembly, MetadataTypes.Get(v4, name)!.ContainingAssembly);
        Assert.Same(library, MetadataTypes.Get(v1, name));
    }

    /// <summary>
    /// The cache is keyed by a tree and by a compilation through weak tables: once the IDE drops a compilation and its
    /// trees, nothing the cache holds keeps them (or the symbols it answered) alive.
    /// </summary>
    [Fact]
    public async Task A_dropped_compilation_and_its_trees_are_not_kept_alive_by_the_cache()
    {
        var refs = await References.Value;
        var (compilation, tree) = Answered(refs);
        for (var i = 0; i < 3 && (compilation.IsAlive || tree.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(compilation.IsAlive);
        Assert.False(tree.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (WeakReference Compilation, WeakReference Tree) Answered(System.Collections.Immutable.ImmutableArray<MetadataReference> refs)
    {
        var tree = CSharpSyntaxTree.ParseText("namespace Shop { public class Basket { } }", path: "Basket.cs");
        var compilation = CSharpCompilation.Create("Shop", [tree], refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.NotNull(MetadataTypes.Get(compilation, "System.Exception"));
        Assert.NotNull(MetadataTypes.Get(compilation, "Shop.Basket"));
        return (new WeakReference(compilation), new WeakReference(tree));
    }
}
