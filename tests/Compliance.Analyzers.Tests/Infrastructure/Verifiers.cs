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

    /// <summary>net10.0 plus ASP.NET Core (ILogger, controllers, Identity's PasswordHasher, ProblemDetails).</summary>
    public static readonly ReferenceAssemblies AspNet100 =
        Net100.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12")));
}

/// <summary>Analyzer test with the product's defaults: net10.0 (+ ASP.NET Core) references, DefaultVerifier.</summary>
public class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(bool aspNet = true)
    {
        ReferenceAssemblies = aspNet ? TestReferences.AspNet100 : TestReferences.Net100;
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

/// <summary>Code-fix test (Fix All included by the framework's default iterations).</summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(bool aspNet = true)
    {
        ReferenceAssemblies = aspNet ? TestReferences.AspNet100 : TestReferences.Net100;
    }

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
