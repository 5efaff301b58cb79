using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// A password written on a command line in a script, a CI step or a Jenkinsfile, where a tool's own flag says what
    /// the next word is: <c>sshpass -p "…"</c>, <c>redis-cli -a '…'</c>, <c>mysql -p'…'</c> (no blank: with one, mysql
    /// prompts), <c>sqlcmd -P …</c>, <c>ConvertTo-SecureString "…" -AsPlainText</c>, <c>curl -u user:…</c> and a curl
    /// form field <c>-d "client_secret=…"</c>. Variables (<c>$PASS</c>, <c>%PASS%</c>, <c>${{ secrets.X }}</c>) and
    /// placeholders stay silent; the value keeps the usual plausibility checks.
    /// </summary>
    internal static class CommandLineCredentials
    {
        // a value: quoted (anything but its quote) or bare (up to a blank or a shell separator)
        private const string Val = @"(?:""(?<value>[^""\r\n]{4,128})""|'(?<value>[^'\r\n]{4,128})'|(?<value>[^\s""'`;|&)]{4,128}))";

        // Each shape with the words it cannot match without: every group must occur (any one word of it; ordinal unless the
        // shape ignores case), or the block is not matched against that shape. Most blocks of a configuration tree name no
        // tool and hold no form field, so a keyword scan replaces seven regex passes. Under IgnoreCase a word is chosen to be
        // a superset of what the regex takes ("ey=" for api_key=/apikey=: the regex also takes a Kelvin sign for the k;
        // "-d" and "-f" for --data… and --form). Interpreted: after the prefilter they run on a few blocks only.
        private static readonly (Regex Shape, string Kind, string[][] Words, StringComparison Comparison)[] Shapes =
        {
            (RegexDefaults.CreateInterpreted(@"\bsshpass[ \t]+-p[ \t]*" + Val), "password", new[] { new[] { "sshpass" }, new[] { "-p" } }, StringComparison.Ordinal),
            (RegexDefaults.CreateInterpreted(@"\bredis-cli\b[^\r\n|;&]*?[ \t]-a[ \t]+" + Val), "password", new[] { new[] { "redis-cli" }, new[] { "-a" } }, StringComparison.Ordinal),
            (RegexDefaults.CreateInterpreted(@"\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\r\n|;&]*?[ \t]-p" + Val), "password", new[] { new[] { "mysql", "mariadb" }, new[] { "-p" } }, StringComparison.Ordinal),
            (RegexDefaults.CreateInterpreted(@"\b(?:sqlcmd|bcp)\b[^\r\n|;&]*?[ \t]-P[ \t]+" + Val), "password", new[] { new[] { "sqlcmd", "bcp" }, new[] { "-P" } }, StringComparison.Ordinal),
            (RegexDefaults.CreateInterpreted(@"\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?" + Val + @"[ \t]+-AsPlainText\b", RegexOptions.IgnoreCase), "password",
                new[] { new[] { "ConvertTo-SecureString" }, new[] { "-AsPlainText" } }, StringComparison.OrdinalIgnoreCase),
            (RegexDefaults.CreateInterpreted(@"\bcurl\b[^\r\n|;&]*?[ \t](?:-u|--user)[ \t]+[""']?(?<user>[A-Za-z0-9._@+-]{1,64}):(?<value>[^\s""'`;|&]{4,128})"), "password",
                new[] { new[] { "curl" }, new[] { "-u" } }, StringComparison.Ordinal),
            (RegexDefaults.CreateInterpreted(@"(?<![\w-])(?:-d|-F|--data|--data-urlencode|--data-raw|--form)[ \t]+[""']?(?:[^\s""'=&]+=[^\s""'&]*&)*(?<field>client_secret|password|passwd|secret|api_key|apikey|app_secret|appsecret)=(?<value>[^\s""'&\\]{4,128})", RegexOptions.IgnoreCase),
                "secret", new[] { new[] { "-d", "-f" }, new[] { "secret=", "passwd=", "password=", "ey=" } }, StringComparison.OrdinalIgnoreCase),
        };

        /// <summary>Each credential: where the value starts in <paramref name="text"/>, its length, and "password" or "secret".</summary>
        public static IEnumerable<(int Index, int Length, string Kind)> FindAll(string text)
        {
            if (text.IndexOf('-') < 0)
            {
                yield break;
            }

            var seen = new HashSet<int>();
            foreach (var (shape, kind, words, comparison) in Shapes)
            {
                if (!RegexDefaults.ContainsAll(text, words, comparison))
                {
                    continue;
                }

                var matches = RegexDefaults.SafeMatches(shape, text);
                if (matches == null)
                {
                    continue;
                }

                foreach (Match m in matches)
                {
                    var value = m.Groups["value"];
                    var v = value.Value;
                    if (v.IndexOf('$') >= 0 || v.IndexOf('%') >= 0 || v.IndexOf('{') >= 0 || v.StartsWith("-", StringComparison.Ordinal) || v.StartsWith("<", StringComparison.Ordinal)
                        || Placeholders.IsPlaceholder(v) || !SecretNames.IsPlausibleSecretValue(v, "password") || !seen.Add(value.Index)
                        || v.Equals(m.Groups["user"].Value, StringComparison.OrdinalIgnoreCase))
                    {
                        // curl -u elastic:elastic, admin:admin: a product's default account, not a secret written here
                        continue;
                    }

                    yield return (value.Index, value.Length, kind);
                }
            }
        }
    }
}
