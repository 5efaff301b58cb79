namespace Compliance.Rules.Catalog;

/// <summary>
/// The catalog (or a claims file checked against it) is broken. The message names the file, the
/// line and the broken reference, one problem per line; the CLI prints it and exits 2.
/// </summary>
public sealed class CatalogException : Exception
{
    public IReadOnlyList<string> Errors { get; }

    public CatalogException(IReadOnlyList<string> errors) : base(string.Join("\n", errors)) => Errors = errors;

    public CatalogException(string error) : this([error]) { }
}
