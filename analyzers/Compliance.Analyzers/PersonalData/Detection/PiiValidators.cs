namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;

    /// <summary>
    /// Validators for literal personal data: a number is only reported when it could be real
    /// (checksum, calendar date, carrier prefix), so order ids and test sequences stay quiet.
    /// </summary>
    public static class ChineseIdNumber
    {
        private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        private const string CheckChars = "10X98765432";

        // GB/T 2260 province-level prefixes (first two digits).
        private static readonly int[] Provinces =
        {
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
        };

        /// <summary>GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits.</summary>
        public static char ComputeCheckCharacter(string first17)
        {
            if (first17 == null || first17.Length < 17)
            {
                throw new ArgumentException("17 digits expected", nameof(first17));
            }

            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                var d = first17[i] - '0';
                if (d < 0 || d > 9)
                {
                    throw new ArgumentException("digits expected", nameof(first17));
                }

                sum += d * Weights[i];
            }

            return CheckChars[sum % 11];
        }

        /// <summary>18 characters, known province, a real calendar birth date (1900–2099) and a valid check character.</summary>
        public static bool IsValid(string? value)
        {
            if (value == null || value.Length != 18)
            {
                return false;
            }

            for (var i = 0; i < 17; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            var last = char.ToUpperInvariant(value[17]);
            if (!(last == 'X' || (last >= '0' && last <= '9')))
            {
                return false;
            }

            var province = (value[0] - '0') * 10 + (value[1] - '0');
            if (Array.IndexOf(Provinces, province) < 0)
            {
                return false;
            }

            if (!HasPlausibleBirthDate(value))
            {
                return false;
            }

            return ComputeCheckCharacter(value) == last;
        }

        /// <summary>Positions 7–14 (1-based) form a real date between 1900-01-01 and 2099-12-31.</summary>
        public static bool HasPlausibleBirthDate(string value)
        {
            var year = int.Parse(value.Substring(6, 4), System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(value.Substring(10, 2), System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(value.Substring(12, 2), System.Globalization.CultureInfo.InvariantCulture);
            if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1)
            {
                return false;
            }

            return day <= DateTime.DaysInMonth(year, month);
        }
    }

    public static class ChineseMobileNumber
    {
        /// <summary>
        /// A number nobody is given: its eight subscriber digits use at most two distinct digits (15010000000,
        /// 13800000000, 13900001111, 18888888888). Developers write these as dummies; the literal rule's own advice
        /// is "use clearly fictitious test data", so they are not personal data. Real numbers almost never have this
        /// shape (about 1 in 10,000 random subscriber numbers).
        /// </summary>
        public static bool IsObviouslyFictitious(string digits)
        {
            if (digits.Length < 8)
            {
                return false;
            }

            var subscriber = digits.Substring(digits.Length - 8);
            return AtMostTwoDigits(subscriber) || IsRun(subscriber) || RepeatsItsPrefix(digits, subscriber);
        }

        private static bool AtMostTwoDigits(string subscriber)
        {
            char a = '\0', b = '\0';
            foreach (var c in subscriber)
            {
                if (c == a || c == b) continue;
                if (a == '\0') a = c;
                else if (b == '\0') b = c;
                else return false;
            }

            return true;
        }

        // 13912345678, 18687654321: the subscriber digits count up or down
        private static bool IsRun(string subscriber)
        {
            bool up = true, down = true;
            for (var i = 1; i < subscriber.Length; i++)
            {
                up &= subscriber[i] == subscriber[i - 1] + 1;
                down &= subscriber[i] == subscriber[i - 1] - 1;
            }

            return up || down;
        }

        // 13800138000, the best-known dummy of all: the carrier prefix again, padded with zeros
        private static bool RepeatsItsPrefix(string digits, string subscriber) =>
            digits.Length >= 11 && subscriber.Replace("0", "") == digits.Substring(digits.Length - 11, 3);

        /// <summary>
        /// Mainland mobile number: 11 digits with a carrier prefix that is allocated (MIIT number
        /// plan: 13x, 145/147/149, 15x except 154, 162/165–167, 17x except 179, 18x, 19x). An
        /// optional +86/86 country code is accepted.
        /// </summary>
        public static bool IsValid(string? value)
        {
            if (value == null)
            {
                return false;
            }

            var digits = value;
            if (digits.StartsWith("+86", StringComparison.Ordinal))
            {
                digits = digits.Substring(3);
            }
            else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
            {
                digits = digits.Substring(2);
            }

            if (digits.Length != 11 || digits[0] != '1')
            {
                return false;
            }

            foreach (var c in digits)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            var second = digits[1];
            var third = digits[2];
            switch (second)
            {
                case '3': case '8': case '9': return true;
                case '4': return third == '5' || third == '7' || third == '9';
                case '5': return third != '4';
                case '6': return third == '2' || third == '5' || third == '6' || third == '7';
                case '7': return third != '9';
                default: return false;
            }
        }
    }

    public static class BankCardNumber
    {
        /// <summary>Luhn (ISO/IEC 7812) check over a digit string.</summary>
        public static bool PassesLuhn(string digits)
        {
            if (string.IsNullOrEmpty(digits))
            {
                return false;
            }

            var sum = 0;
            var doubleIt = false;
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                var d = digits[i] - '0';
                if (d < 0 || d > 9)
                {
                    return false;
                }

                if (doubleIt)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                doubleIt = !doubleIt;
            }

            return sum % 10 == 0;
        }

        /// <summary>
        /// Luhn-valid and a length that the issuer range (BIN prefix) allows: UnionPay 62 (16–19),
        /// Visa 4 (13/16/19), Mastercard 51–55 and 2221–2720 (16), Amex 34/37 (15), JCB 3528–3589
        /// (16–19), Discover 6011/65 (16–19). Spaces and dashes between groups are ignored.
        /// </summary>
        public static bool IsPlausible(string? value)
        {
            if (value == null)
            {
                return false;
            }

            var digits = StripSeparators(value);
            if (digits == null || digits.Length < 13 || digits.Length > 19 || !PassesLuhn(digits))
            {
                return false;
            }

            var len = digits.Length;
            var p2 = int.Parse(digits.Substring(0, 2), System.Globalization.CultureInfo.InvariantCulture);
            var p4 = int.Parse(digits.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            if (p2 == 62) return len >= 16 && len <= 19;
            if (digits[0] == '4') return len == 13 || len == 16 || len == 19;
            if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return len == 16;
            if (p2 == 34 || p2 == 37) return len == 15;
            if (p4 >= 3528 && p4 <= 3589) return len >= 16 && len <= 19;
            if (p4 == 6011 || p2 == 65) return len >= 16 && len <= 19;
            return false;
        }

        private static string? StripSeparators(string value)
        {
            var sb = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (c >= '0' && c <= '9')
                {
                    sb.Append(c);
                }
                else if (c != ' ' && c != '-')
                {
                    return null;
                }
            }

            return sb.ToString();
        }
    }
}
