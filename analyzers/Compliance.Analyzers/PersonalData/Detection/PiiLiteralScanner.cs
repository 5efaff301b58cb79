namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Collections.Generic;
    using System.Text.RegularExpressions;

    /// <summary>One real-looking piece of personal data found in a text.</summary>
    public readonly struct PiiLiteralMatch
    {
        public PiiLiteralMatch(PiiCategory category, int index, int length, string masked)
        {
            Category = category;
            Index = index;
            Length = length;
            Masked = masked;
        }

        public PiiCategory Category { get; }
        public int Index { get; }
        public int Length { get; }
        /// <summary>The value masked for display (138****5678, 110101********1234, 622588******1234, a***@x.cn).</summary>
        public string Masked { get; }
    }

    /// <summary>
    /// Finds personal data written into text (string literals, config values): mainland mobile
    /// numbers, resident ID numbers with a valid checksum and birth date, Luhn-valid bank cards
    /// with a known BIN length, and e-mail addresses outside reserved example domains.
    /// </summary>
    public static class PiiLiteralScanner
    {
        // digit runs (11–19 digits, ID numbers may end in X), 3-4-4 phones and 4-4-4-4 cards;
        // separators only inside those groupings so two adjacent numbers never merge
        internal static readonly Regex Digits = new Regex(
            @"(?<![0-9A-Za-z])(?:\+?86[- ]?)?(?:\d{3}[ \-]\d{4}[ \-]\d{4}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?|\d{11,19}[Xx]?)(?![0-9A-Za-z])",
            RegexOptions.CultureInvariant);
        private static readonly Regex Email = new Regex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant);

        public static List<PiiLiteralMatch> Find(string? text, bool includeEmails = true)
        {
            var result = new List<PiiLiteralMatch>();
            if (string.IsNullOrEmpty(text) || text!.Length > 100_000)
            {
                return result;
            }

            if (HasDigitRun(text))
            {
                foreach (Match m in Digits.Matches(text))
                {
                    var raw = m.Value;
                    var compact = raw.Replace(" ", string.Empty).Replace("-", string.Empty);
                    if (ChineseIdNumber.IsValid(compact))
                    {
                        result.Add(new PiiLiteralMatch(PiiCategory.IdNumber, m.Index, m.Length, PiiMasking.MaskIdNumber(compact)));
                    }
                    else if (ChineseMobileNumber.IsValid(compact) && !ChineseMobileNumber.IsObviouslyFictitious(compact))
                    {
                        result.Add(new PiiLiteralMatch(PiiCategory.Phone, m.Index, m.Length, PiiMasking.MaskPhone(compact)));
                    }
                    else if (compact.Length >= 13 && compact.IndexOf('X') < 0 && compact.IndexOf('x') < 0 && compact.IndexOf('+') < 0 && BankCardNumber.IsPlausible(compact))
                    {
                        result.Add(new PiiLiteralMatch(PiiCategory.BankCard, m.Index, m.Length, PiiMasking.MaskBankCard(compact)));
                    }
                }
            }

            if (includeEmails && text.IndexOf('@') >= 0)
            {
                foreach (Match m in Email.Matches(text))
                {
                    if (!IsReservedEmailDomain(m.Value))
                    {
                        result.Add(new PiiLiteralMatch(PiiCategory.Email, m.Index, m.Length, PiiMasking.MaskEmail(m.Value)));
                    }
                }
            }

            result.Sort((a, b) => a.Index.CompareTo(b.Index));
            return result;
        }

        private static bool HasDigitRun(string text)
        {
            var run = 0;
            foreach (var c in text)
            {
                run = c >= '0' && c <= '9' ? run + 1 : (c == ' ' || c == '-' ? run : 0);
                if (run >= 11)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>RFC 2606 / 6761 names and common placeholders are not anybody's address.</summary>
        public static bool IsReservedEmailDomain(string email)
        {
            var at = email.LastIndexOf('@');
            var domain = at >= 0 ? email.Substring(at + 1).ToLowerInvariant() : email.ToLowerInvariant();
            var local = at >= 0 ? email.Substring(0, at).ToLowerInvariant() : string.Empty;
            if (domain == "example.com" || domain == "example.org" || domain == "example.net" || domain == "example.cn"
                || domain.EndsWith(".example", StringComparison.Ordinal) || domain.EndsWith(".test", StringComparison.Ordinal)
                || domain.EndsWith(".invalid", StringComparison.Ordinal) || domain.EndsWith(".localhost", StringComparison.Ordinal)
                || domain.EndsWith(".local", StringComparison.Ordinal) || domain.EndsWith(".example.com", StringComparison.Ordinal)
                || domain == "localhost" || domain == "test.com" || domain == "domain.com" || domain == "email.com"
                || domain.EndsWith("noreply.github.com", StringComparison.Ordinal) || IsPlaceholderDomain(domain))
            {
                return true;
            }

            // role mailboxes are an organisation's, not a person's; placeholder local parts are nobody's
            switch (local)
            {
                case "noreply": case "no-reply": case "support": case "admin": case "info": case "security": case "service":
                case "webmaster": case "postmaster": case "sales": case "contact": case "help": case "abuse": case "hr":
                case "team": case "dev": case "devs": case "developers": case "ops": case "devops": case "it": case "office": case "hello":
                case "feedback": case "marketing": case "billing": case "privacy": case "legal": case "jobs": case "careers": case "press":
                case "notifications": case "notification": case "alerts": case "bot": case "ci": case "build": case "maintainers": case "opensource":
                case "user": case "username": case "yourname": case "your.name": case "name": case "someone": case "test": case "demo": case "foo":
                    return true;
            }

            return IsRepeatedChar(local);
        }

        // "xxx.com", "xx.xxx", "aaa.cn", "yourdomain.com", "company.com": a template's domain, not a mailbox provider
        private static bool IsPlaceholderDomain(string domain)
        {
            var dot = domain.IndexOf('.');
            var label = dot > 0 ? domain.Substring(0, dot) : domain;
            if (IsRepeatedChar(label))
            {
                return true;
            }

            switch (label)
            {
                case "yourdomain": case "mydomain": case "yourcompany": case "mycompany": case "company": case "domain": case "sample":
                case "demo": case "test": case "foo": case "xyz": case "abc": case "project": case "your-domain": case "your-company":
                    return true;
            }

            return false;
        }

        private static bool IsRepeatedChar(string s)
        {
            if (s.Length < 2)
            {
                return false;
            }

            foreach (var c in s)
            {
                if (c != s[0] && c != '.')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
