namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Text;
    using System.Text.RegularExpressions;

    /// <summary>
    /// Masking conventions (see docs/rules/CMP3001.md): phone keeps the first 3 and last 4
    /// digits (138****5678); an ID number hides the birth-date segment (positions 7–14); a bank
    /// card keeps the first 6 and last 4. Both the producing side (evidence) and the recognising
    /// side (is this literal/format already masked?) live here.
    /// </summary>
    public static class PiiMasking
    {
        private static readonly Regex DigitRuns = PiiLiteralScanner.Digits;
        private static readonly Regex Emails = new Regex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}", RegexOptions.CultureInvariant);

        public static string MaskPhone(string digits)
        {
            if (digits.Length < 8)
            {
                return new string('*', digits.Length);
            }

            return digits.Substring(0, 3) + new string('*', digits.Length - 7) + digits.Substring(digits.Length - 4);
        }

        public static string MaskIdNumber(string id)
        {
            if (id.Length != 18)
            {
                return new string('*', id.Length);
            }

            return id.Substring(0, 6) + "********" + id.Substring(14);
        }

        public static string MaskBankCard(string digits)
        {
            if (digits.Length < 12)
            {
                return new string('*', digits.Length);
            }

            return digits.Substring(0, 6) + new string('*', digits.Length - 10) + digits.Substring(digits.Length - 4);
        }

        public static string MaskEmail(string email)
        {
            var at = email.IndexOf('@');
            if (at <= 0)
            {
                return "***";
            }

            return email.Substring(0, 1) + "***" + email.Substring(at);
        }

        /// <summary>
        /// Replaces every digit run that could be personal data, and every e-mail address, with a
        /// masked form, so an evidence snippet never carries a real value.
        /// </summary>
        public static string RedactText(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            var result = DigitRuns.Replace(text, m =>
            {
                var compact = m.Value.Replace(" ", string.Empty).Replace("-", string.Empty);
                if (compact.StartsWith("+86", StringComparison.Ordinal))
                {
                    compact = compact.Substring(3);
                }

                if (compact.Length == 18)
                {
                    return MaskIdNumber(compact);
                }

                if (compact.Length == 11 || compact.Length < 11)
                {
                    return compact.Length >= 8 ? MaskPhone(compact) : m.Value;
                }

                return MaskBankCard(compact);
            });

            return result.IndexOf('@') >= 0 ? Emails.Replace(result, m => MaskEmail(m.Value)) : result;
        }

        /// <summary>A one-line, length-limited, redacted snippet for <c>compliance.evidence</c>.</summary>
        public static string Snippet(string code, int maxLength = 160)
        {
            var sb = new StringBuilder(Math.Min(code.Length, maxLength + 8));
            var lastSpace = false;
            foreach (var c in code)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!lastSpace && sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    lastSpace = true;
                    continue;
                }

                lastSpace = false;
                sb.Append(c);
                if (sb.Length > maxLength * 2)
                {
                    break;
                }
            }

            var redacted = RedactText(sb.ToString().Trim());
            return redacted.Length > maxLength ? redacted.Substring(0, maxLength - 1) + "…" : redacted;
        }
    }
}
