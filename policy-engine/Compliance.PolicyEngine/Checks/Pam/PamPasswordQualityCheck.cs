namespace Compliance.PolicyEngine.Checks.Pam;

using System.Globalization;
using Compliance.PolicyEngine.Pam;
using Compliance.Rules.Model;

/// <summary>
/// CMP4106: the password-change stack of a PAM configuration (etc/pam.d/common-password on Debian,
/// system-auth / password-auth on Red Hat) must run pam_pwquality or pam_cracklib with an effective
/// minimum length of 8 and at least 3 of the 4 character classes required. Effective values: the
/// module's arguments, else (pam_pwquality) etc/security/pwquality.conf and pwquality.conf.d/*.conf
/// beside it, else the module's defaults (pwquality minlen 8, cracklib 9; credits 0 resp. 1;
/// minclass 0). Positive credits let a shorter password pass (minlen counts one point per class
/// used, up to the credit), so the shortest accepted length is minlen minus the positive credits, and
/// never below 6 (both modules' floor). A class counts as required with a negative credit.
/// One finding per PAM file: at the line holding the first failing value (the module line for
/// arguments and defaults, the pwquality.conf line for a value from there); no quality module in a
/// password stack that has one at all: at the first password line. A stack that passes is observation
/// CMP4106 at the quality module's line.
/// </summary>
public sealed class PamPasswordQualityCheck : IPolicyCheck
{
    public const string RuleId = "CMP4106";
    private static readonly string[] s_stackFiles = ["common-password", "system-auth", "password-auth"];
    private static readonly string[] s_credits = ["dcredit", "ucredit", "lcredit", "ocredit"];

    public IReadOnlyList<string> RuleIds { get; } = [RuleId];

    public void Run(DocumentSet documents, PolicyReport report)
    {
        foreach (var file in documents.Files.Where(f => IsPasswordStack(f.Path)))
        {
            var password = PamStack.Parse(file.Text).Where(l => l.Type == "password").ToList();
            if (password.Count == 0) continue;
            report.Examined(Themes.AccountSecurity, file.Path);
            var module = password.FirstOrDefault(l => l.ModuleName is "pam_pwquality.so" or "pam_cracklib.so");
            if (module is null)
            {
                report.Add(Make(file.Path, password[0].Line,
                    "The password stack runs no quality module (pam_pwquality or pam_cracklib), so passwords of any length and composition are accepted when changed; add 'password requisite pam_pwquality.so minlen=8 minclass=3'.",
                    "口令修改栈中没有口令质量模块（pam_pwquality 或 pam_cracklib），修改口令时任何长度和组成都会被接受；请添加 'password requisite pam_pwquality.so minlen=8 minclass=3'。"));
                continue;
            }
            Judge(documents, report, file.Path, module);
        }
    }

    private static void Judge(DocumentSet documents, PolicyReport report, string pamPath, PamLine module)
    {
        var pwquality = module.ModuleName == "pam_pwquality.so";
        // value → (number, file, line) where it was set; the module's own arguments win over pwquality.conf.
        var settings = new Dictionary<string, (int Value, string File, int Line)>(StringComparer.Ordinal);
        if (pwquality)
            foreach (var conf in PwqualityFiles(documents, pamPath))
            {
                report.Examined(Themes.AccountSecurity, conf.Path);
                foreach (var (key, value, line) in ConfEntries(conf.Text)) settings[key] = (value, conf.Path, line);
            }
        foreach (var arg in module.Args)
        {
            var eq = arg.IndexOf('=');
            if (eq > 0 && int.TryParse(arg[(eq + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                settings[arg[..eq]] = (n, pamPath, module.Line);
        }

        int Get(string key, int fallback) => settings.TryGetValue(key, out var s) ? s.Value : fallback;
        (string File, int Line) Where(string key) => settings.TryGetValue(key, out var s) ? (s.File, s.Line) : (pamPath, module.Line);

        var minlen = Get("minlen", pwquality ? 8 : 9);
        var credits = s_credits.Select(c => Get(c, pwquality ? 0 : 1)).ToList();
        var shortest = Math.Max(6, minlen - credits.Where(c => c > 0).Sum());
        var classes = Math.Max(Get("minclass", 0), credits.Count(c => c < 0));
        var name = module.ModuleName;
        if (shortest < 8)
        {
            var at = Where("minlen");
            var credit = credits.Any(c => c > 0) ? $" (minlen {minlen} minus {credits.Where(c => c > 0).Sum()} for character-class credits)" : "";
            var creditZh = credits.Any(c => c > 0) ? $"（minlen {minlen} 减去字符类别加分 {credits.Where(c => c > 0).Sum()}）" : "";
            report.Add(Make(at.File, at.Line,
                $"{name} accepts passwords of {shortest} characters{credit}; the policy asks for at least 8: set minlen=8 and the credits to 0 or below{(classes < 3 ? ", and require 3 of the 4 character classes (minclass=3)" : "")}.",
                $"{name} 接受 {shortest} 个字符的口令{creditZh}；策略要求至少 8 个字符：请设置 minlen=8，类别加分设为 0 或负数{(classes < 3 ? "，并要求 4 类字符中的 3 类（minclass=3）" : "")}。"));
            return;
        }
        if (classes < 3)
        {
            var at = settings.ContainsKey("minclass") ? Where("minclass") : (pamPath, module.Line);
            report.Add(Make(at.Item1, at.Item2,
                $"{name} requires {classes} of the 4 character classes; the policy asks for at least 3: set minclass=3 (or dcredit/ucredit/lcredit/ocredit=-1 for three classes).",
                $"{name} 只要求 4 类字符中的 {classes} 类；策略要求至少 3 类：请设置 minclass=3（或为三类设置 dcredit/ucredit/lcredit/ocredit=-1）。"));
            return;
        }
        // Length and classes at or above the policy: the effective quality module is positive evidence
        // for the password-policy part (DECISIONS.md, "Observations": the effective PAM directive).
        report.Observe(RuleId, pamPath, module.Line);
    }

    private static bool IsPasswordStack(string path)
    {
        var slash = path.LastIndexOf('/');
        var dir = slash < 0 ? "" : path[..slash];
        return (dir == "etc/pam.d" || dir.EndsWith("/etc/pam.d", StringComparison.Ordinal)) && s_stackFiles.Contains(path[(slash + 1)..], StringComparer.Ordinal);
    }

    /// <summary>etc/security/pwquality.conf, then pwquality.conf.d/*.conf in lexical order (later files win), under the PAM file's etc/.</summary>
    private static IEnumerable<ConfigFile> PwqualityFiles(DocumentSet documents, string pamPath)
    {
        var etc = pamPath[..^("pam.d/".Length + pamPath[(pamPath.LastIndexOf('/') + 1)..].Length)];
        var main = etc + "security/pwquality.conf";
        var dropIn = etc + "security/pwquality.conf.d/";
        foreach (var f in documents.Files.Where(f => f.Path == main)) yield return f;
        foreach (var f in documents.Files.Where(f => f.Path.StartsWith(dropIn, StringComparison.Ordinal) && f.Path.EndsWith(".conf", StringComparison.Ordinal)
                                                     && f.Path.IndexOf('/', dropIn.Length) < 0).OrderBy(f => f.Path, StringComparer.Ordinal))
            yield return f;
    }

    /// <summary>"key = value" lines of pwquality.conf with integer values; comments and other keys ignored.</summary>
    private static IEnumerable<(string Key, int Value, int Line)> ConfEntries(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var eq = line.IndexOf('=');
            if (eq <= 0) continue;
            if (int.TryParse(line[(eq + 1)..].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                yield return (line[..eq].Trim(), n, i + 1);
        }
    }

    private static Finding Make(string file, int line, string message, string messageZh) => new()
    {
        RuleId = RuleId, File = file, StartLine = line, StartColumn = 1, EndLine = line, EndColumn = 1,
        Message = message, MessageZh = messageZh, Anchor = "pam:password:quality",
    };
}
