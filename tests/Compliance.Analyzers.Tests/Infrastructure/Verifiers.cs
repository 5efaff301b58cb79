namespace Compliance.Analyzers.Tests;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

/// <summary>
/// Reference assemblies for the tests. Microsoft.CodeAnalysis.Testing's built-in Net100 entry
/// pins a preview package that is not served, so we name served versions ourselves.
/// </summary>
public static class TestReferences
{
    public static readonly ReferenceAssemblies Net100 =
        new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    /// <summary>
    /// ASP.NET Core's targeting pack (ILogger, controllers, Identity's PasswordHasher, ProblemDetails),
    /// resolved as a package of its own. Added to <see cref="Net100"/> with AddPackages it resolved to
    /// nothing on a cold package cache (/tmp/test-packages on a fresh CI machine: 42 tests failed with
    /// CS0234 on Microsoft.Extensions), and only worked once an earlier process had extracted it.
    /// </summary>
    private static readonly ReferenceAssemblies AspNetCorePack =
        new ReferenceAssemblies("net10.0", new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCoreOnly =
        new(() => AspNetCorePack.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>net10.0 plus ASP.NET Core, for tests that build their own compilation.</summary>
    public static async Task<ImmutableArray<MetadataReference>> ResolveAspNetAsync(CancellationToken ct = default) =>
        (await Net100.ResolveAsync(LanguageNames.CSharp, ct)).AddRange(AspNetCoreOnly.Value);

    /// <summary>Gives a framework test net10.0 references, plus ASP.NET Core's when <paramref name="aspNet"/>.</summary>
    public static void Use(Microsoft.CodeAnalysis.Testing.AnalyzerTest<DefaultVerifier> test, bool aspNet)
    {
        test.ReferenceAssemblies = Net100;
        if (aspNet)
        {
            test.TestState.AdditionalReferences.AddRange(AspNetCoreOnly.Value);
        }
    }
}

/// <summary>Analyzer test with the product's defaults: net10.0 (+ ASP.NET Core) references, DefaultVerifier.</summary>
public class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(bool aspNet = true)
    {
        TestReferences.Use(this, aspNet);
    }

    /// <summary>
    /// After the framework's own run, every test also checks the CLI's candidate-driven analysis
    /// (Compliance.Analyzers.Candidates) against it: same diagnostics, same spans, same messages,
    /// with the test's options (.editorconfig) — so each analyzer test guards the prefilter too.
    /// </summary>
    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions options, CancellationToken cancellationToken)
    {
        CandidateEquivalence.Check(compilation, analyzers, options, cancellationToken);
        return base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
    }

    /// <summary>Markup source ({|CMP2001:…|} pins exact spans); diagnostics not in markup fail the test.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<TAnalyzer> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// For broken or incomplete code: compiler errors are allowed, but the analyzer must not throw
    /// (AD0001 fails the test) and must report exactly the markup diagnostics.
    /// </summary>
    public static Task VerifyBrokenAsync(string source)
    {
        var test = new AnalyzerTest<TAnalyzer> { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        return test.RunAsync();
    }
}

/// <summary>The CLI's candidate-driven analysis must report exactly what the whole-compilation run reports.</summary>
public static class CandidateEquivalence
{
    public static void Check(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken ct)
    {
        var cwaOptions = new CompilationWithAnalyzersOptions(options, null, false, false);
        var full = compilation.WithAnalyzers(analyzers, cwaOptions).GetAnalyzerDiagnosticsAsync(ct).GetAwaiter().GetResult();
        var candidate = Compliance.Analyzers.Candidates.CandidateAnalysis
            .RunAsync(compilation.WithAnalyzers(analyzers, cwaOptions), compilation.SyntaxTrees.ToList(), 2, ct).GetAwaiter().GetResult();
        static string Key(Diagnostic d) => $"{d.Id} {d.Location.SourceTree?.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        var expected = full.Where(d => d.Location.IsInSource).Select(Key).Order(StringComparer.Ordinal).ToList();
        var actual = candidate.Diagnostics.Where(d => d.Location.IsInSource).Select(Key).Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual))
            throw new InvalidOperationException("candidate-driven analysis differs from the whole-compilation run:\n  missing: "
                + string.Join("; ", expected.Except(actual)) + "\n  extra: " + string.Join("; ", actual.Except(expected))
                + "\n--- source ---\n" + string.Join("\n---\n", compilation.SyntaxTrees.Select(t => t.ToString())));
    }
}

/// <summary>Code-fix test (Fix All included by the framework's default iterations).</summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(bool aspNet = true)
    {
        TestReferences.Use(this, aspNet);
    }

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
