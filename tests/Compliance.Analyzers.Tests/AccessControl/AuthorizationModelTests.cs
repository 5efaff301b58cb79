namespace Compliance.Analyzers.Tests.AccessControl;

using Compliance.Analyzers.AccessControl;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// The application-wide authorization facts are cached per syntax tree (the candidate path clones the compilation for
/// every span request): each compilation must still see exactly the facts of its own trees.
/// </summary>
public class AuthorizationModelTests
{
    [Fact]
    public void Facts_follow_each_compilations_own_trees()
    {
        var plain = CSharpSyntaxTree.ParseText("class A { void M() { } }", path: "A.cs");
        var startup = CSharpSyntaxTree.ParseText(
            "class S { void C(O o) { o.FallbackPolicy = new P(); o.Conventions.AuthorizeFolder(\"/Admin\"); } }", path: "S.cs");
        var without = CSharpCompilation.Create("X", [plain]);
        var with = without.AddSyntaxTrees(startup);

        Assert.False(AuthorizationModel.For(without, default).FallbackPolicy);
        var model = AuthorizationModel.For(with, default);
        Assert.True(model.FallbackPolicy);
        Assert.Equal("AuthorizeFolder(\"/Admin\")", model.AuthorizingConvention("/Admin/Users"));

        // A clone over the same trees (what each span request runs on) gets the same facts.
        var clone = AuthorizationModel.For(with.WithOptions(with.Options.WithConcurrentBuild(false)), default);
        Assert.True(clone.FallbackPolicy);
        Assert.Equal("AuthorizeFolder(\"/Admin\")", clone.AuthorizingConvention("/Admin/Users"));

        // The compilation without the startup tree shares the first tree with the others, and still has none of it.
        var after = AuthorizationModel.For(without, default);
        Assert.False(after.FallbackPolicy);
        Assert.Null(after.AuthorizingConvention("/Admin/Users"));
    }
}
