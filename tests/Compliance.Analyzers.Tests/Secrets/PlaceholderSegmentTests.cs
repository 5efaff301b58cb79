namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Placeholder words are whole segments of a value (split at separators, digits and case changes), not substrings:
/// a random value with "fake" or "todo" buried once in a run of letters is a secret, "your-sample-key" is not, and
/// a word said twice ("…FAKEKEYFAKEKEY…") is deliberate wherever it stands.
/// </summary>
public class PlaceholderSegmentTests
{
    [Theory]
    [InlineData("observatory-sample-key")]
    [InlineData("ObservatoryExampleSecret")]
    [InlineData("TELESCOPE_DUMMY_TOKEN_01")]
    [InlineData("insertYourKey")]
    [InlineData("examplekey")]
    [InlineData("mydummy")]
    [InlineData("todo:rotate")]
    [InlineData("change_me_before_launch")]
    [InlineData("notASecret")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("LTAIFAKEKEYFAKEKEY00")]
    public void Placeholder_words_as_whole_segments_are_placeholders(string value) =>
        Assert.True(Placeholders.IsPlaceholder(value), value);

    [Theory]
    [InlineData("vT9xsamplekR4wP2mZ8nQ6")]
    [InlineData("wq7INSERTZ7hb2Lm0Pc4Tn")]
    [InlineData("Hb3kfakeqW8rZ2xN5vL1")]
    [InlineData("p0todoistJm4Qz8Wc2Nv")]
    [InlineData("gR5dummyx9LqT3vW7bZ1")]
    public void Placeholder_words_buried_in_a_run_of_letters_are_not_placeholders(string value) =>
        Assert.False(Placeholders.IsPlaceholder(value), value);

    [Theory]
    [InlineData("whsec_xxx")]
    [InlineData("pk.xxx")]
    [InlineData("sk_live_XXX")]
    [InlineData("rk-prod-xxxxxx")]
    public void A_vendor_prefix_followed_by_a_filler_of_xs_is_a_placeholder(string value) =>
        Assert.True(Placeholders.IsPlaceholder(value), value);

    [Theory]
    [InlineData("whsec_xxx9")]
    [InlineData("pk.xxxQ")]
    [InlineData("pk.xXx")]
    [InlineData("whsecxxx")]
    [InlineData("q7Zm2Lp0Wc4N_xxx9bR")]
    public void A_tail_of_xs_with_anything_else_in_it_is_still_a_value(string value) =>
        Assert.False(Placeholders.IsPlaceholder(value), value);

    [Fact]
    public void An_env_templates_prefixed_fillers_are_not_reported_and_a_real_key_beside_them_is()
    {
        // deploy/.env.example of a hosted product: the template shows each key's vendor prefix and "xxx" for its body.
        var env = "Stripe__WebhookSecret=\"whsec_xxx\"\nMapbox__AccessToken=\"pk.xxx\"\n";
        Assert.Empty(TextSecretScanner.Scan("deploy/.env.example", env));

        var real = "whsec_" + AlnumOf(24, 907);
        var m = Assert.Single(TextSecretScanner.Scan("deploy/.env.example", env + "Stripe__SigningSecret=\"" + real + "\"\n"));
        Assert.Equal("CMP1003", m.RuleId); // a Stripe webhook signing secret, recognised by its shape
        Assert.Equal((3, 24), (m.StartLine, m.StartColumn));
        Assert.DoesNotContain(real, m.Message + m.MessageZh + m.Evidence);
    }

    [Fact]
    public void A_config_value_with_a_buried_word_is_reported_and_one_made_of_placeholder_segments_is_not()
    {
        var buried = "Hb3kfakeqW8rZ2xN5vL1" + AlnumOf(6, 311);
        var env = "STARCHART_API_SECRET=" + buried + "\n";
        var m = Assert.Single(TextSecretScanner.Scan("deploy/starchart.env", env));
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal((1, 22), (m.StartLine, m.StartColumn));
        Assert.DoesNotContain(buried, m.Message + m.MessageZh + m.Evidence);

        Assert.Empty(TextSecretScanner.Scan("deploy/starchart.env", "STARCHART_API_SECRET=starchart-sample-secret-value\n"));
    }
    [Fact]
    public void A_translated_format_help_with_the_word_password_is_no_credential_and_a_real_one_beside_it_is()
    {
        // a .po catalogue translating "ftp://username:password@hostname/folder" (Polish, German, Russian)
        var po = "msgid \"Allowed format: ftp://username:password@hostname/folder\"\n"
            + "msgstr \"Dozwolony format: ftp://nazwa_użytkownika:hasło@nazwa_hosta/folder\"\n"
            + "msgstr \"Erlaubtes Format: ftp://benutzer:passwort@host/ordner\"\n"
            + "msgstr \"Формат: ftp://имя:пароль@хост/папка\"\n";
        Assert.Empty(TextSecretScanner.Scan("Localizations/backup/localization-pl.po", po));

        var real = "Hq7" + AlnumOf(14, 321);
        var m = Assert.Single(TextSecretScanner.Scan("Localizations/backup/localization-pl.po", po + "msgstr \"ftp://backup:" + real + "@files.backup-eu.net/x\"\n"));
        Assert.Equal(("CMP1004", 5), (m.RuleId, m.StartLine));
        Assert.DoesNotContain(real, m.Message + m.MessageZh + m.Evidence);
    }
}
