using System.Collections.Generic;
using Compliance.Analyzers.Common;

namespace Compliance.Analyzers.Hashing
{
    /// <summary>
    /// Password-like symbol names, in English and pinyin (mima) and Chinese (密码, 口令), plus the
    /// words configured in <c>compliance.password_words</c>. Names that describe something about a
    /// password rather than the password itself (PasswordHash, PasswordSalt, ResetToken, MinLength)
    /// are not passwords.
    /// </summary>
    internal sealed class PasswordNames
    {
        private static readonly string[] Defaults = { "password", "passwd", "pwd", "passphrase", "mima", "密码", "口令" };

        // The word "password" in the languages products are translated into. Only whole values (a URI's password that is
        // the word itself: duplicati's localization-pl.po "ftp://nazwa_użytkownika:hasło@nazwa_hosta", judged blind), not
        // name words: "parola" or "senha" inside an identifier says too little.
        private static readonly string[] Translations =
        {
            "hasło", "haslo", "passwort", "kennwort", "contraseña", "contrasena", "senha", "wachtwoord", "motdepasse", "mot_de_passe", "mot-de-passe",
            "parola", "lösenord", "losenord", "passord", "adgangskode", "salasana", "heslo", "jelszó", "jelszo", "şifre", "sifre", "пароль", "parol",
            "パスワード", "비밀번호", "密碼",
        };

        private static readonly WordList NotThePassword = new WordList(new[]
        {
            "hash", "hashed", "hashes", "salt", "salted", "token", "policy", "length", "hint", "rule", "rules",
            "attempt", "attempts", "expiry", "expires", "expiration", "expired", "count", "field", "label", "prompt",
            "required", "regex", "pattern", "changed", "strength", "min", "max", "validator", "options", "url",
            "history", "age", "format", "digest",
        });

        // A method named for passwords (HashPassword, EncryptPwd) takes the password as input,
        // unless it is about tokens or password rules.
        private static readonly WordList NotAPasswordMethod = new WordList(new[]
        {
            "token", "policy", "length", "hint", "rule", "rules", "validate", "validator", "strength", "expiry", "expired",
            "expiration", "generate", "generator", "random", "history", "attempt", "attempts",
            // About the password's form field or its label (PasswordFieldChecksum(formName)), not the password.
            "field", "label", "prompt", "checksum",
            // ForgotPassword(email) / StartForgotPasswordProcess(user, enteredUsername): the flow starts from an identity.
            "forgot", "forget", "forgotten",
        });

        // A parameter named for who the user is (enteredUsername, email, phone) is not the password, even in a method
        // named for passwords (issue 14 class 7: "a fast hash reported as password hashing because of a name").
        private static readonly WordList IdentityWords = new WordList(new[]
        {
            "user", "username", "name", "login", "account", "email", "mail", "phone", "mobile", "id", "uid", "userid",
        });

        private readonly WordList _words;
        private readonly List<string> _list;
        private readonly HashSet<string> _values;

        public PasswordNames(IEnumerable<string> extra)
        {
            var all = new List<string>(Defaults);
            all.AddRange(extra);
            _words = new WordList(all);
            _list = new List<string>();
            foreach (var w in all)
            {
                var t = w?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(t)) _list.Add(t!);
            }
            _values = new HashSet<string>(_list, System.StringComparer.OrdinalIgnoreCase);
            _values.UnionWith(Translations);
        }

        /// <summary>
        /// A value that is only the word "password" in some language (the list, its translations and
        /// <c>compliance.password_words</c>): a format shown as help text, never the password itself.
        /// </summary>
        public bool IsPasswordWordValue(string? value) => value != null && _values.Contains(value.Trim());

        /// <summary>The defaults alone (no <c>compliance.password_words</c>).</summary>
        public static readonly PasswordNames Default = new PasswordNames(System.Array.Empty<string>());

        /// <summary>
        /// One word of a split name is a password word: a list word itself (pwd, passcode), or a Chinese run ending in one
        /// (登录密码). Used to check that the password word is the name's head (PersonalData/Detection/PlaintextPassword).
        /// </summary>
        public bool IsPasswordWord(string word)
        {
            foreach (var w in _list)
            {
                if (word == w || (w[0] > 127 && word.EndsWith(w, System.StringComparison.Ordinal))) return true;
            }
            return false;
        }

        public bool IsPassword(string? name) => name != null && _words.Matches(name) && !NotThePassword.Matches(name);

        /// <summary>
        /// The name has a password word in it at all, also where it names the stored hash (<c>PasswordHash</c>,
        /// <c>encryptPassword</c>): where a digest is kept as the account's password.
        /// </summary>
        public bool MentionsPassword(string? name) => name != null && _words.Matches(name);

        public bool IsPasswordMethod(string? name) => name != null && _words.Matches(name) && !NotAPasswordMethod.Matches(name);

        // A PIN or passcode is a short password (a 4- or 6-digit secret is brute-forced instantly once fast-hashed). Only
        // the name's head counts (userPin, tradePinCode, passcode), so PinYin, pinnedRoutes and a certificate's SPKI pin
        // (a public-key digest, not a secret someone types) stay out. Hashing-only: the PII rules keep their own list.
        private static readonly WordList NotAPin = new WordList(new[] { "spki", "cert", "certificate", "public", "gpio" });

        /// <summary>A name whose head is a PIN or passcode (<c>pin</c>, <c>memberPin</c>, <c>pinCode</c>, <c>passcode</c>).</summary>
        public static bool IsPin(string? name)
        {
            if (name == null || NotThePassword.Matches(name) || NotAPin.Matches(name)) return false;
            var words = IdentifierWords.Split(name);
            if (words.Count == 0) return false;
            var head = words[words.Count - 1];
            return head == "pin" || head == "pincode" || head == "passcode"
                   || (head == "code" && words.Count >= 2 && words[words.Count - 2] == "pin");
        }

        // "pass" as a password (GetJwtStr(string name, string pass), loginPass): only as the name's last word and only for the
        // hashing rules (like the PIN), where the value already reaches a fast hash; isPass/hasPass are flags.
        private static readonly WordList NotAPass = new WordList(new[] { "is", "has", "can", "by", "bypass", "through", "all", "first", "second" });

        /// <summary>A name whose last word is <c>pass</c> (<c>pass</c>, <c>userPass</c>, <c>newPass</c>).</summary>
        public static bool IsPass(string? name)
        {
            if (name == null || NotThePassword.Matches(name) || NotAPass.Matches(name)) return false;
            var words = IdentifierWords.Split(name);
            return words.Count > 0 && words[words.Count - 1] == "pass";
        }

        /// <summary>A parameter named for the user's identity (user name, e-mail, phone, id), not a secret.</summary>
        public static bool IsIdentity(string? name) => IdentityWords.Matches(name);

        /// <summary>Names such as salt, hash or length never carry the password itself.</summary>
        public static bool IsNeverPassword(string? name) => NotThePassword.Matches(name);
    }
}
