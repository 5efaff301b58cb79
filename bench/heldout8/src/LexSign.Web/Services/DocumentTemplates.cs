using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LexSign.Web.Services
{
    /// <summary>Fills the firm's Word-exported HTML templates (委托代理合同, 授权委托书, 律师函).</summary>
    public static class DocumentTemplates
    {
        private static readonly Regex Placeholder = new Regex(@"\{\{\s*([A-Za-z0-9_.]+)\s*\}\}", RegexOptions.Compiled);

        public static string Fill(string template, IDictionary<string, string> values)
        {
            return Placeholder.Replace(template, m =>
            {
                var key = m.Groups[1].Value;
                return values.TryGetValue(key, out var v) ? System.Net.WebUtility.HtmlEncode(v) : m.Value;
            });
        }

        public static IList<string> Missing(string template, IDictionary<string, string> values)
        {
            var missing = new List<string>();
            foreach (Match m in Placeholder.Matches(template))
            {
                var key = m.Groups[1].Value;
                if (!values.ContainsKey(key) && !missing.Contains(key))
                {
                    missing.Add(key);
                }
            }

            return missing;
        }

        /// <summary>Amount in Chinese capital numerals, as contracts require (壹万贰仟元整).</summary>
        public static string ChineseAmount(decimal amount)
        {
            if (amount == 0)
            {
                return "零元整";
            }

            string[] digits = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
            string[] units = { "", "拾", "佰", "仟" };
            string[] groups = { "", "万", "亿" };

            var yuan = (long)Math.Floor(amount);
            var fen = (int)Math.Round((amount - yuan) * 100);
            var sb = new StringBuilder();
            var groupIndex = 0;
            var needZero = false;
            var parts = new List<string>();
            while (yuan > 0)
            {
                var group = (int)(yuan % 10000);
                var g = new StringBuilder();
                for (var i = 0; i < 4; i++)
                {
                    var d = group % 10;
                    if (d == 0)
                    {
                        if (g.Length > 0 && !g.ToString().StartsWith("零", StringComparison.Ordinal))
                        {
                            g.Insert(0, "零");
                        }
                    }
                    else
                    {
                        g.Insert(0, digits[d] + units[i]);
                    }

                    group /= 10;
                }

                parts.Insert(0, g.Length > 0 ? g + groups[groupIndex] : (needZero ? "零" : ""));
                needZero = yuan % 10000 < 1000;
                yuan /= 10000;
                groupIndex++;
            }

            sb.Append(string.Concat(parts).TrimEnd('零')).Append('元');
            if (fen == 0)
            {
                sb.Append('整');
            }
            else
            {
                if (fen / 10 > 0)
                {
                    sb.Append(digits[fen / 10]).Append('角');
                }

                if (fen % 10 > 0)
                {
                    sb.Append(digits[fen % 10]).Append('分');
                }
            }

            return sb.ToString();
        }

        public static string LetterDate(DateTime d) =>
            d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
    }
}
