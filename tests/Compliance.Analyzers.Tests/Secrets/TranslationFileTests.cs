namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14, real-world class "translation files": Kavita's API/I18N/de.json and squidex's backend_de.json map
/// password-like keys to the word "password" in another language. Those are labels; a value with a secret's shape
/// in the same file is still reported.
/// </summary>
public class TranslationFileTests
{
    // shaped like Kavita's API/I18N/*.json (flat kebab-case keys)
    private const string KavitaStyle = "{\n" +
        "    \"confirm-email\": \"Sie müssen Ihre E-Mail zuerst bestätigen\",\n" +
        "    \"generate-token\": \"Es gab ein Problem bei der Generierung eines Tokens\",\n" +
        "    \"password-updated\": \"Passwort aktualisiert\",\n" +
        "    \"invalid-password\": \"Ungültiges Passwort\",\n" +
        "    \"password\": \"Passwort\",\n" +
        "    \"token\": \"Токен\",\n" +
        "    \"api-key\": \"API-Schlüssel\",\n" +
        "    \"secret\": \"密钥\",\n" +
        "    \"invalid-token\": \"अवैध टोकन\",\n" +
        "    \"hi-password\": \"पासवर्ड\",\n" +
        "    \"password-required\": \"Sie müssen Ihr bestehendes Passwort eingeben\"\n" +
        "}\n";

    // shaped like squidex's backend/i18n/frontend_de.json and source/backend_de.json (dotted keys)
    private const string SquidexStyle = "{\n" +
        "  \"common.clientSecret\": \"Client-Geheimnis\",\n" +
        "  \"common.password\": \"Passwort\",\n" +
        "  \"dotnet_identity_PasswordMismatch\": \"Falsches Passwort.\",\n" +
        "  \"dotnet_identity_PasswordRequiresDigit\": \"Passw\\u00f6rter m\\u00fcssen mindestens eine Ziffer ('0'-'9') enthalten.\",\n" +
        "  \"users.profile.changePassword\": \"Change Password\"\n" +
        "}\n";

    [Theory]
    [InlineData("API/I18N/de.json")]
    [InlineData("API/I18N/zh_Hans.json")]
    [InlineData("src/app/locales/de.json")]
    [InlineData("wwwroot/assets/i18n/translations.json")]
    [InlineData("Localization/AdministrationService/de-DE.json")]
    [InlineData("backend/i18n/source/backend_de.json")]
    [InlineData("resources/frontend_zh-CN.json")]
    [InlineData("lang/messages.yml")]
    public void Ui_text_in_a_locale_file_is_not_a_secret(string path)
    {
        Assert.Empty(TextSecretScanner.Scan(path, KavitaStyle));
        Assert.Empty(TextSecretScanner.Scan(path, SquidexStyle));
    }

    [Theory]
    [InlineData("frontend_de.json")]
    [InlineData("pt_BR.json")]
    [InlineData("nb_NO.json")]
    public void Locale_named_files_outside_a_locale_folder_are_locale_files(string path)
    {
        Assert.Empty(TextSecretScanner.Scan(path, "{ \"password\": \"Passwort\", \"token\": \"Zugangstoken\" }"));
    }

    [Fact]
    public void A_secret_shaped_value_in_a_locale_file_is_still_reported()
    {
        var pwd = Password(301);
        var aws = AwsKeyId(302);
        var json = "{\n  \"common.password\": \"Passwort\",\n  \"password\": \"" + pwd + "\",\n  \"aws\": \"" + aws + "\"\n}\n";
        var matches = TextSecretScanner.Scan("API/I18N/de.json", json);
        Assert.Equal(new[] { ("CMP1005", 3), ("CMP1003", 4) }, matches.Select(m => (m.RuleId, m.StartLine)).ToArray());
        Assert.Equal("password", matches[0].Kind);
    }

    [Theory]
    [InlineData("appsettings.gw.json")]         // an environment name, not a language
    [InlineData("deploy/values-az-cr.yaml")]    // a Helm values file named by a region
    [InlineData("config/settings.json")]
    public void Configuration_files_are_not_locale_files(string path)
    {
        // one ASCII word under a plain secret key: a (weak) password in configuration
        var json = "{ \"Jwt\": { \"Secret\": \"Sommerzeit\" }, \"Db\": { \"Password\": \"Passwort\" } }";
        var matches = TextSecretScanner.Scan(path, path.EndsWith(".yaml") ? "Jwt:\n  Secret: Sommerzeit\nDb:\n  Password: Passwort\n" : json);
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal("CMP1005", m.RuleId));
    }

    [Fact]
    public void Outside_locale_files_only_text_under_a_ui_string_key_is_a_label()
    {
        var json = "{\n" +
                   "  \"Messages\": { \"InvalidPassword\": \"Mot de passe incorrect\", \"common.password\": \"Contraseña\" },\n" +
                   "  \"Smtp\": { \"Password\": \"Kennwort gültig\" },\n" +
                   "  \"Admin\": { \"NewPassword\": \"Sommer2024\" }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Api/appsettings.json", json);
        // a plain Password key keeps its value even if it reads as words; a digit inside one token is a secret's shape
        Assert.Equal(new[] { 3, 4 }, matches.Select(m => m.StartLine).ToArray());
    }

    // Sonarr (judged blind, thirteenth session): its hu.json has "SeasonNumberToken": "Évad{seasonNumber}", the translation
    // of "Season {seasonNumber}" with the hole glued to the word. A format hole separates words; a real secret in the
    // same file is still reported.
    [Fact]
    public void A_format_hole_glued_to_a_word_is_still_text()
    {
        var pwd = Password(303);
        var json = "{\n" +
                   "  \"SeasonNumberToken\": \"\u00c9vad{seasonNumber}\",\n" +
                   "  \"EpisodeToken\": \"R\u00e9sz{0:00}\",\n" +
                   "  \"password\": \"" + pwd + "\"\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/NzbDrone.Core/Localization/Core/hu.json", json);
        Assert.Equal(new[] { ("CMP1005", 4) }, matches.Select(m => (m.RuleId, m.StartLine)).ToArray());
    }

    // HomeGenie (judged blind, eighteenth session, rwprec14): translation files in scripts that do not separate words by
    // spaces write "password (optional)" as one token with the script's own punctuation or parentheses, and Kannada,
    // Malayalam and Telugu words carry a zero-width non-joiner. All are labels; an ASCII token with symbols and a
    // secret-shaped value in the same file are still reported.
    [Fact]
    public void Ui_text_of_scripts_without_spaces_is_still_text()
    {
        var pwd = Password(304);
        var json = "{\n" +
                   "  \"Camera.Password\": \"\u30d1\u30b9\u30ef\u30fc\u30c9\uff08\u4efb\u610f\uff09\",\n" +          // Japanese, full-width parentheses
                   "  \"Camera.Secret\": \"\ube44\ubc00\ubc88\ud638(\ud544\uc218)\",\n" +                           // Korean, ASCII parentheses
                   "  \"Wifi.Password\": \"\u0caa\u0cbe\u0cb8\u0ccd\u200c\u0cb5\u0cb0\u0ccd\u0ca1\u0ccd \u0cac\u0ca6\u0cb2\u0cbf\u0cb8\u0cbf\",\n" + // Kannada with a ZWNJ
                   "  \"router_password\": \"\u1796\u17b6\u1780\u17d2\u1799\u179f\u1798\u17d2\u1784\u17b6\u178f\u17cb\u17d4\",\n" + // Khmer, khan
                   "  \"user_password\": \"\u1005\u1000\u102c\u1038\u101d\u103e\u1000\u103a\u104b\",\n" +         // Myanmar, section mark
                   "  \"password\": \"" + pwd + "\",\n" +
                   "  \"api_secret\": \"pass(w)ord!x\",\n" +
                   "  \"token\": \"\u043f\u0430\u0440\u043e\u043b\u044c#$\"\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("assets/i18n/homegenie/ja.json", json);
        Assert.Equal(new[] { ("CMP1005", 7), ("CMP1005", 8), ("CMP1005", 9) }, matches.Select(m => (m.RuleId, m.StartLine)).ToArray());
    }

    // HomeGenie's ngsw.json (Angular service worker manifest): "hashTable" maps every built asset's path to its SHA-1.
    // The Slovak locale "/app/assets/i18n/sk.json" ends in the word "sk" (an ak/sk secret key). A key that is a file's
    // path names the file; a path-like key with no file extension (settings/db_password) and a plain "sk" key still name secrets.
    [Fact]
    public void A_key_that_is_a_files_path_is_not_a_secret_name()
    {
        var hash = "3f786850e387550fdab836ed7e6dc881de23001b";
        var json = "{\n" +
                   "  \"hashTable\": {\n" +
                   "    \"/app/assets/i18n/sk.json\": \"" + hash + "\",\n" +
                   "    \"/app/assets/i18n/blockly/sk.json\": \"" + hash + "\",\n" +
                   "    \"media/secret.js\": \"" + hash + "\"\n" +
                   "  },\n" +
                   "  \"vault\": { \"settings/db_password\": \"" + hash + "\" },\n" +
                   "  \"oss\": { \"sk\": \"" + hash + "\" }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("ClientApp/dist/ngsw.json", json);
        Assert.Equal(new[] { ("CMP1005", 7), ("CMP1005", 8) }, matches.Select(m => (m.RuleId, m.StartLine)).ToArray());
    }
}
