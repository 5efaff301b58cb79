namespace Compliance.PolicyEngine.Nginx;

using System.Text;
using Compliance.PolicyEngine.Common;

/// <summary>One nginx directive with its arguments and where it is written; blocks have children.</summary>
public sealed class NginxDirective
{
    internal NginxDirective(string name, IReadOnlyList<string> args, string file, int line, NginxDirective? parent)
    {
        Name = name;
        Args = args;
        File = file;
        Line = line;
        Parent = parent;
    }

    public string Name { get; }
    public IReadOnlyList<string> Args { get; }
    public string File { get; }
    public int Line { get; }
    public NginxDirective? Parent { get; }
    /// <summary>Null for a simple directive; the block's directives (includes expanded in place) otherwise.</summary>
    public List<NginxDirective>? Children { get; internal set; }

    public IEnumerable<NginxDirective> Child(string name) =>
        (Children ?? []).Where(c => c.Name.Equals(name, StringComparison.Ordinal));

    public NginxDirective? First(string name) => Child(name).FirstOrDefault();

    public override string ToString() => $"{Name} {string.Join(' ', Args)} ({File}:{Line})";
}

/// <summary>
/// An nginx configuration tree as nginx reads it: nested blocks, quoted strings, comments, and
/// <c>include</c> expanded in place (globs in lexical order, against the scan's files). Relative
/// include paths resolve against the main file's folder (nginx's conf prefix), then the including
/// file's folder, then the scan root; absolute "/x/y" means "&lt;scan root&gt;/x/y" (policy-defaults
/// §1), or "&lt;machine folder&gt;/x/y" for a machine image kept below a folder. Never throws; include
/// loops and depth are cut off.
/// </summary>
public sealed class NginxConfig
{
    private const int MaxIncludeDepth = 24;
    private readonly List<string> _files = [];

    private NginxConfig(string mainFile, NginxDirective root)
    {
        MainFile = mainFile;
        Root = root;
    }

    public string MainFile { get; }
    /// <summary>A synthetic block holding the main file's top-level directives.</summary>
    public NginxDirective Root { get; }
    public IReadOnlyList<string> Files => _files;

    /// <summary>
    /// The http contexts to judge: the main file's <c>http</c> blocks, or — for a file that nothing
    /// includes and that has no http block (a sites-enabled server file) — the file itself, as if
    /// inside an empty http block.
    /// </summary>
    public IReadOnlyList<NginxDirective> HttpBlocks
    {
        get
        {
            var http = Root.Child("http").Where(h => h.Children is not null).ToList();
            return http.Count > 0 ? http : [Root];
        }
    }

    public IEnumerable<NginxDirective> Servers => HttpBlocks.SelectMany(h => h.Child("server")).Where(s => s.Children is not null);

    public static bool IsNginxFile(string path)
    {
        var parts = path.Split('/');
        if (parts.Length > 1 && parts[^2] == "sites-enabled") return true;
        return path.EndsWith(".conf", StringComparison.Ordinal) && parts[..^1].Contains("nginx", StringComparer.Ordinal);
    }

    /// <summary>Every nginx root of the scan (recognised nginx files that no other nginx file includes), parsed once.</summary>
    public static IReadOnlyList<NginxConfig> AllIn(DocumentSet documents) =>
        documents.Get("nginx", () =>
        {
            var candidates = documents.Files.Where(f => IsNginxFile(f.Path)).ToList();
            var parsed = candidates.Select(f => Parse(f.Path, documents)).ToList();
            var included = parsed.SelectMany(p => p.Files.Skip(1)).ToHashSet(StringComparer.Ordinal);
            return parsed.Where(p => !included.Contains(p.MainFile)).ToList();
        });

    public static NginxConfig Parse(string mainFile, DocumentSet documents)
    {
        var root = new NginxDirective("", [], mainFile, 1, null) { Children = [] };
        var config = new NginxConfig(mainFile, root);
        if (documents.ByPath.TryGetValue(mainFile, out var file))
            config.ReadInto(root, file, documents, [], 0);
        return config;
    }

    private void ReadInto(NginxDirective block, ConfigFile file, DocumentSet documents, List<string> chain, int depth)
    {
        if (!_files.Contains(file.Path)) _files.Add(file.Path);
        chain.Add(file.Path);
        var stack = new Stack<NginxDirective>();
        stack.Push(block);
        var args = new List<string>();
        var argLine = 0;
        foreach (var (tok, line, quoted) in Tokenize(file.Text))
        {
            if (!quoted && tok is ";" or "{" or "}")
            {
                var current = stack.Peek();
                if (tok == "}")
                {
                    args.Clear();
                    if (stack.Count > 1) stack.Pop(); // a stray '}' nginx would reject: ignore it
                    continue;
                }
                if (args.Count == 0) continue;
                var d = new NginxDirective(args[0], args.Skip(1).ToList(), file.Path, argLine, current);
                args.Clear();
                if (tok == "{")
                {
                    d.Children = [];
                    current.Children!.Add(d);
                    stack.Push(d);
                    continue;
                }
                if (d.Name == "include")
                {
                    if (depth < MaxIncludeDepth)
                        foreach (var target in ResolveInclude(d.Args.FirstOrDefault() ?? "", file.Path, documents))
                            if (!chain.Contains(target.Path)) ReadInto(current, target, documents, chain, depth + 1);
                    continue;
                }
                current.Children!.Add(d);
                continue;
            }
            if (args.Count == 0) argLine = line;
            args.Add(tok);
        }
        chain.RemoveAt(chain.Count - 1);
    }

    private IEnumerable<ConfigFile> ResolveInclude(string pattern, string includer, DocumentSet documents)
    {
        if (pattern.Length == 0) return [];
        var keys = documents.ByPath.Keys;
        IReadOnlyList<string> hits;
        if (pattern.StartsWith('/'))
        {
            hits = PathGlob.Expand(pattern.TrimStart('/'), keys);
            var machine = MachineRoot(MainFile);
            if (hits.Count == 0 && machine.Length > 0) hits = PathGlob.Expand(machine + pattern.TrimStart('/'), keys);
        }
        else
        {
            hits = PathGlob.Expand(Combine(Dir(MainFile), pattern), keys);
            if (hits.Count == 0) hits = PathGlob.Expand(Combine(Dir(includer), pattern), keys);
            if (hits.Count == 0) hits = PathGlob.Expand(pattern, keys);
        }
        return hits.Select(h => documents.ByPath[h]);
    }

    private static string Dir(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    private static string Combine(string dir, string rel) => dir.Length == 0 ? rel : dir + "/" + rel;

    /// <summary>"srv1/" for "srv1/etc/nginx/nginx.conf": the folder standing for "/" of that machine.</summary>
    private static string MachineRoot(string mainFile)
    {
        var i = mainFile.IndexOf("etc/nginx/", StringComparison.Ordinal);
        return i > 0 && mainFile[i - 1] == '/' ? mainFile[..i] : "";
    }

    /// <summary>nginx's tokenizer (ngx_conf_read_token): words, quoted strings, ; { }, # comments at a word start.</summary>
    internal static IEnumerable<(string Token, int Line, bool Quoted)> Tokenize(string text)
    {
        var line = 1;
        var i = 0;
        var sb = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c is ';' or '{' or '}') { yield return (c.ToString(), line, false); i++; continue; }
            var start = line;
            sb.Clear();
            if (c is '"' or '\'')
            {
                var q = c;
                i++;
                while (i < text.Length && text[i] != q)
                {
                    if (text[i] == '\\' && i + 1 < text.Length) { i++; if (text[i] is not ('"' or '\'' or '\\')) sb.Append('\\'); }
                    if (text[i] == '\n') line++;
                    sb.Append(text[i]);
                    i++;
                }
                i++;
                yield return (sb.ToString(), start, true);
                continue;
            }
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsWhiteSpace(ch) || ch == ';') break;
                if (ch is '{' or '}')
                {
                    // "${var}" keeps its braces inside the word.
                    if (ch == '{' && sb.Length > 0 && sb[^1] == '$')
                    {
                        var close = text.IndexOf('}', i);
                        if (close > i) { sb.Append(text, i, close - i + 1); i = close + 1; continue; }
                    }
                    break;
                }
                if (ch == '\\' && i + 1 < text.Length) { sb.Append(ch).Append(text[i + 1]); i += 2; continue; }
                sb.Append(ch);
                i++;
            }
            yield return (sb.ToString(), start, false);
        }
    }
}
