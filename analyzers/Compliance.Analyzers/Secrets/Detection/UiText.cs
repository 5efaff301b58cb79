using System;
using System.Collections.Generic;
using System.IO;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>
    /// Translation resources and UI text. A translation file maps keys such as <c>"common.password"</c> or
    /// <c>"invalid-password"</c> to the word "password" in another language (<c>"Passwort"</c>,
    /// <c>"Client-Geheimnis"</c>, <c>"Ungültiges Passwort"</c>): the key names a secret, the value is a label. A value
    /// with a secret's shape (digits mixed into a token, a known provider format, a connection string) is still a
    /// secret in such a file.
    /// </summary>
    internal static class UiText
    {
        // folder names that hold locale resources (any path segment before the file name)
        private static readonly HashSet<string> LocaleFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "i18n", "l10n", "locale", "locales", "lang", "langs", "language", "languages", "translation", "translations",
            "localization", "localisation", "localizations",
        };

        // ISO 639-1 codes of languages that have UI translations in practice; a stem or suffix equal to one of these,
        // optionally with a script/region ("zh-CN", "zh_Hans", "pt-BR"), names a locale file. Two-letter codes only:
        // three-letter suffixes ("dev", "uat", "prd") are environment names.
        private static readonly HashSet<string> LanguageCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi",
            "fr", "ga", "gl", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "km", "kn", "ko", "ky", "lt", "lv",
            "mk", "ml", "mn", "mr", "ms", "my", "nb", "ne", "nl", "nn", "no", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl", "sq",
            "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh",
        };

        // file kinds that hold translations when they sit in a locale folder
        private static readonly HashSet<string> LocaleExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".json", ".yml", ".yaml", ".properties", ".strings", ".ini", ".toml",
        };

        /// <summary>
        /// A locale resource: a translation-format file (<c>*.resx</c>, <c>*.po</c>, <c>*.xlf</c>), or a JSON/YAML/properties
        /// file in an <c>i18n</c>/<c>locales</c>/<c>lang</c>/<c>translations</c> folder or named by a language code
        /// (<c>de.json</c>, <c>zh-CN.json</c>, <c>backend_de.json</c>).
        /// </summary>
        public static bool IsLocaleResource(string path)
        {
            var p = (path ?? string.Empty).Replace('\\', '/');
            var name = Path.GetFileName(p);
            var ext = Path.GetExtension(name);
            if (ext.Equals(".resx", StringComparison.OrdinalIgnoreCase) || ext.Equals(".po", StringComparison.OrdinalIgnoreCase)
                || ext.Equals(".xlf", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xliff", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!LocaleExtensions.Contains(ext))
            {
                return false;
            }

            var segments = p.Split('/');
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (LocaleFolders.Contains(segments[i]))
                {
                    return true;
                }
            }

            // named by a language: JSON and Java properties only (a YAML name like values-az-cr.yaml is a deployment)
            if (!ext.Equals(".json", StringComparison.OrdinalIgnoreCase) && !ext.Equals(".properties", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var stem = Path.GetFileNameWithoutExtension(name);
            return !stem.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && EndsWithLanguage(stem);
        }

        // "de", "zh-CN", "zh_Hans", "pt_BR", "backend_de", "frontend_zh-CN", "messages.fr", "strings.en-US"; the
        // language code in lower case, a region in upper case or a script in title case (as locale names are written)
        private static bool EndsWithLanguage(string stem)
        {
            var parts = stem.Split('.', '_', '-');
            var last = parts[parts.Length - 1];
            if (IsLanguage(last))
            {
                return true;
            }

            var isRegion = last.Length == 2 && char.IsUpper(last[0]) && char.IsUpper(last[1]);
            var isScript = last.Length == 4 && char.IsUpper(last[0]) && last.Substring(1).ToLowerInvariant() == last.Substring(1);
            return parts.Length >= 2 && (isRegion || isScript) && IsLanguage(parts[parts.Length - 2]);
        }

        private static bool IsLanguage(string s) => s.Length == 2 && char.IsLower(s[0]) && char.IsLower(s[1]) && LanguageCodes.Contains(s);

        // words that make a key a UI string about a secret, not the secret ("invalid-password", "PasswordMismatch",
        // "users.profile.changePasswordDone"); most such words (hint, reset, required…) already stop SecretNames
        private static readonly HashSet<string> LabelWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "invalid", "incorrect", "wrong", "mismatch", "updated", "update", "changed", "change", "confirm", "confirmation",
            "new", "old", "current", "repeat", "retype", "show", "hide", "enter", "done", "success", "successfully", "failed",
            "fail", "failure", "missing", "empty", "too", "short", "weak", "strong", "match", "matches", "set", "not", "no",
            "generate", "generic", "copy", "copied", "requires", "text", "tooltip", "heading", "subtitle", "notice", "warning",
            "info", "help", "link", "accessible", "sent", "send", "create", "created", "delete", "deleted", "add", "added", "edit",
        };

        /// <summary>
        /// A key that is a UI string's identifier: a dotted translation key (<c>common.password</c>) or a name with a
        /// label word beside the secret word (<c>invalid-password</c>, <c>PasswordMismatch</c>).
        /// </summary>
        public static bool IsLabelKey(string leafKey)
        {
            if (leafKey.IndexOf('.') > 0 && leafKey.IndexOf(' ') < 0)
            {
                return true;
            }

            foreach (var w in SecretNames.SplitWords(leafKey))
            {
                if (LabelWords.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Natural-language text: letters of any script, spaces, punctuation and format placeholders (<c>{0}</c>), and no
        /// secret shape — a single token that mixes digits into letters ("Passw0rd") or carries symbols is not text.
        /// <paramref name="strict"/> also requires a space or a non-ASCII letter ("Ungültiges Passwort", "密码"): a
        /// single ASCII word outside a translation file may be a weak password.
        /// </summary>
        public static bool IsNaturalLanguage(string raw, bool strict)
        {
            // a format hole separates words: Sonarr's hu.json "Évad{seasonNumber}" is "Season {seasonNumber}" without the space
            var v = SeparateFormatHoles(DecodeJsonEscapes(raw)).Trim();
            if (v.Length == 0)
            {
                return false;
            }

            var letters = 0;
            var digits = 0;
            var spaces = 0;
            var nonAscii = false;
            var asciiLetters = 0;
            var symbols = 0;
            var asciiSymbols = 0;
            foreach (var c in v)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    nonAscii |= c > '\u007f';
                    asciiLetters += c <= '\u007f' ? 1 : 0;
                }
                else if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (char.IsWhiteSpace(c))
                {
                    spaces++;
                }
                else if (IsMark(c) || c == '\u200c' || c == '\u200d')
                {
                    // vowel signs and viramas of Indic scripts ("अवैध पासवर्ड"), combining accents; the zero-width
                    // (non-)joiners that shape conjuncts inside a word of Kannada, Malayalam, Telugu or Persian ("ಪಾಸ್‌ವರ್ಡ್")
                }
                else if (IsTextPunctuation(c) || (c > '\u007f' && IsPunctuation(c)))
                {
                    // any script's own punctuation is text: the Khmer khan "។", the Myanmar section mark "။"
                    if (c != '-' && c != '\'' && c != '’')
                    {
                        symbols++;
                        asciiSymbols += c <= '\u007f' && c != '(' && c != ')' ? 1 : 0;
                    }
                }
                else
                {
                    return false;
                }
            }

            if (letters == 0)
            {
                return false;
            }

            if (spaces == 0)
            {
                // one word: letters, maybe a hyphen or apostrophe ("Client-Geheimnis", "Mot-de-passe"); digits or other
                // punctuation inside one token are a secret's shape. Scripts that do not separate words by spaces
                // write a phrase as one token: "パスワード（オプション）", "비밀번호(선택사항)", "កំណត់ពាក្យសម្ងាត់ថ្មី។" —
                // punctuation among letters of no Latin script (only their own marks or parentheses) is still text.
                if (digits > 0 || (symbols > 0 && (asciiLetters > 0 || asciiSymbols > 0)))
                {
                    return false;
                }

                return !strict || nonAscii;
            }

            // several words: digits belong to the text ("mindestens 8 Zeichen"), but not more digits than letters
            return digits <= letters;
        }

        private static bool IsPunctuation(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case System.Globalization.UnicodeCategory.OtherPunctuation:
                case System.Globalization.UnicodeCategory.OpenPunctuation:
                case System.Globalization.UnicodeCategory.ClosePunctuation:
                case System.Globalization.UnicodeCategory.DashPunctuation:
                case System.Globalization.UnicodeCategory.InitialQuotePunctuation:
                case System.Globalization.UnicodeCategory.FinalQuotePunctuation:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsMark(char c)
        {
            var cat = char.GetUnicodeCategory(c);
            return cat == System.Globalization.UnicodeCategory.NonSpacingMark || cat == System.Globalization.UnicodeCategory.SpacingCombiningMark
                   || cat == System.Globalization.UnicodeCategory.EnclosingMark;
        }

        /// <summary>Each format hole (<c>{0}</c>, <c>{seasonNumber}</c>, <c>{0:N2}</c>) replaced by a space.</summary>
        private static string SeparateFormatHoles(string v)
        {
            var open = v.IndexOf('{');
            if (open < 0)
            {
                return v;
            }

            var sb = new System.Text.StringBuilder(v.Length);
            var i = 0;
            while (i < v.Length)
            {
                var close = v[i] == '{' ? v.IndexOf('}', i + 1) : -1;
                if (close > i + 1 && IsHoleName(v, i + 1, close))
                {
                    sb.Append(' ');
                    i = close + 1;
                    continue;
                }

                sb.Append(v[i]);
                i++;
            }

            return sb.ToString();
        }

        // a hole names an argument: letters, digits and '_' (an index or identifier), then an optional ":format"
        private static bool IsHoleName(string v, int start, int end)
        {
            var colon = v.IndexOf(':', start, end - start);
            var nameEnd = colon < 0 ? end : colon;
            if (nameEnd == start)
            {
                return false;
            }

            for (var k = start; k < nameEnd; k++)
            {
                if (!(char.IsLetterOrDigit(v[k]) || v[k] == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsTextPunctuation(char c)
        {
            switch (c)
            {
                case '.': case ',': case '!': case '?': case ':': case ';': case '\'': case '"': case '(': case ')':
                case '-': case '{': case '}': case '[': case ']': case '/': case '&': case '%': case '…': case '’':
                case '‘': case '“': case '”': case '«': case '»': case '„': case '–': case '—': case '、': case '，':
                case '。': case '！': case '？': case '：': case '；': case '（': case '）': case '「': case '」':
                case '\u00bf': case '\u00a1': case '*': case '+': case '<': case '>': case '\\':
                    return true;
                default:
                    return false;
            }
        }

        // "Passw\u00f6rter" in a JSON file written with ASCII escapes is still text
        private static string DecodeJsonEscapes(string raw)
        {
            if (raw.IndexOf('\\') < 0)
            {
                return raw;
            }

            var sb = new System.Text.StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '\\' && i + 5 < raw.Length && raw[i + 1] == 'u'
                    && int.TryParse(raw.Substring(i + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    sb.Append((char)code);
                    i += 5;
                }
                else if (raw[i] == '\\' && i + 1 < raw.Length && (raw[i + 1] == 'n' || raw[i + 1] == 't' || raw[i + 1] == 'r'))
                {
                    sb.Append(' ');
                    i++;
                }
                else if (raw[i] == '\\' && i + 1 < raw.Length && (raw[i + 1] == '"' || raw[i + 1] == '\\' || raw[i + 1] == '/'))
                {
                    sb.Append(raw[i + 1]);
                    i++;
                }
                else
                {
                    sb.Append(raw[i]);
                }
            }

            return sb.ToString();
        }
    }
}
