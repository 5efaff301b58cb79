using System;
using System.Collections.Generic;
using System.IO;
using Compliance.Analyzers.Documents;
using Compliance.Analyzers.Secrets.Detection;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// ASP.NET's <c>&lt;machineKey validation="SHA1" decryption="3DES"/&gt;</c> in a .config file: the forms-authentication
    /// ticket and ViewState are signed with HMAC-SHA1/MD5 (CMP2001) and encrypted with DES/3DES (CMP2004). Found by the CLI
    /// in configuration text, where the C# analyzers do not look; the span is the attribute's value.
    /// </summary>
    public static class MachineKeyAlgorithms
    {
        public static IReadOnlyList<SecretMatch> Scan(string path, string text)
        {
            var found = new List<SecretMatch>();
            if (string.IsNullOrEmpty(text) || !Path.GetExtension(path ?? string.Empty).Equals(".config", StringComparison.OrdinalIgnoreCase)
                || text.IndexOf("machineKey", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return found;
            }

            TextLines? lines = null;
            // Two <machineKey> elements in one file (one per <location>) must not share a fingerprint: the second gets
            // "machineKey@validation#2", as TextSecretScanner numbers a repeated anchor.
            var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var v in XmlTextWalker.Walk(text))
            {
                if (v.Keyed || !"machineKey".Equals(v.Element, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var value = v.Raw.Trim();
                string? rule = null;
                if ("validation".Equals(v.Attribute, StringComparison.OrdinalIgnoreCase)
                    && (value.Equals("SHA1", StringComparison.OrdinalIgnoreCase) || value.Equals("MD5", StringComparison.OrdinalIgnoreCase)))
                {
                    rule = "CMP2001";
                }
                else if (("decryption".Equals(v.Attribute, StringComparison.OrdinalIgnoreCase) || "validation".Equals(v.Attribute, StringComparison.OrdinalIgnoreCase))
                         && (value.Equals("3DES", StringComparison.OrdinalIgnoreCase) || value.Equals("DES", StringComparison.OrdinalIgnoreCase)))
                {
                    rule = "CMP2004";
                }

                if (rule == null || v.Raw.Length == 0)
                {
                    continue;
                }

                lines ??= new TextLines(text);
                var (sl, sc) = lines.Position(v.Offset);
                var (el, ec) = lines.Position(v.Offset + v.Raw.Length);
                var hash = rule == "CMP2001";
                var anchor = "machineKey@" + v.Attribute;
                anchors.TryGetValue(anchor, out var seen);
                anchors[anchor] = ++seen;
                if (seen > 1) anchor += "#" + seen;
                found.Add(new SecretMatch
                {
                    RuleId = rule, StartLine = sl, StartColumn = sc, EndLine = el, EndColumn = ec, Kind = "machineKey " + v.Attribute,
                    Message = hash
                        ? $"machineKey validation=\"{value}\" signs forms-authentication tickets and ViewState with HMAC-{value.ToUpperInvariant()}: use validation=\"HMACSHA256\" (or stronger)."
                        : $"machineKey {v.Attribute}=\"{value}\" encrypts forms-authentication tickets and ViewState with {value.ToUpperInvariant()}, a weak cipher: use decryption=\"AES\".",
                    MessageZh = hash
                        ? $"machineKey validation=\"{value}\" 使用 HMAC-{value.ToUpperInvariant()} 签名表单身份验证票据和 ViewState：请使用 validation=\"HMACSHA256\" 或更强的算法。"
                        : $"machineKey {v.Attribute}=\"{value}\" 使用弱密码算法 {value.ToUpperInvariant()} 加密表单身份验证票据和 ViewState：请使用 decryption=\"AES\"。",
                    Evidence = v.Attribute + "=\"" + value + "\"",
                    Anchor = anchor,
                    Offset = v.Offset,
                    Length = v.Raw.Length,
                });
            }

            return found;
        }
    }
}
