namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Issue 14, real-world class "secret-named labels": Kavita's role constant <c>ChangePasswordRole = "Change Password"</c>,
/// OpenAuth.Core's parser message <c>TokenExpected = "{0} expected"</c>, TShock's permission node
/// <c>canchangepassword = "tshock.account.changepassword"</c>, and the Azure DevOps <c>SecretsFilter</c> of
/// dotnet/arcade's eng/common templates (the names of Key Vault secrets to fetch). A real value beside them still fires.
/// </summary>
public class SecretNamedLabelTests
{
    private static readonly string Pwd = Password(601);

    [Fact]
    public Task Role_names_message_templates_and_permission_nodes_are_labels() =>
        SecretsTest.VerifyAsync($$"""
            public static class PolicyConstants
            {
                /// <summary>Used to give a user ability to change their own password</summary>
                public const string ChangePasswordRole = "Change Password";
                public const string AccessTokenTitle = "Access Token";
            }

            internal static class Res
            {
                public const string DigitExpected = "Digit expected";
                public const string TokenExpected = "{0} expected";
            }

            public static class Permissions
            {
                public static readonly string canchangepassword = "tshock.account.changepassword";
                public static readonly string resettoken = "server.user.token.reset";
            }

            public static class Seed
            {
                public const string AdminPassword = {|CMP1002:"{{Pwd}}"|};
                public const string SmtpPassword = {|CMP1002:"Sommer 2024!"|};
            }
            """);

    [Fact]
    public Task Token_filters_and_token_limits_are_labels_and_a_token_constant_beside_them_is_not() =>
        // Exceptionless (judged blind): Elasticsearch analysis settings name their token filters EDGE_NGRAM_TOKEN_FILTER
        // = "edge_ngram", and the usage service tags blocked AI calls BlockedByTokenLimit = "blocked-tokens".
        SecretsTest.VerifyAsync($$"""
            public sealed class EventIndex
            {
                private const string EDGE_NGRAM_TOKEN_FILTER = "edge_ngram";
                private const string TLD_STOPWORDS_TOKEN_FILTER = "tld_stopwords";
                private const string INTERNAL_API_TOKEN = {|CMP1002:"{{Pwd}}"|};
            }

            public static class UsageTags
            {
                public const string BlockedByTokenLimit = "blocked-tokens";
                public const string MonthlyTokenQuota = "quota-monthly";
                public const string AccessToken = {|CMP1002:"{{Pwd}}"|};
            }
            """);

    [Fact]
    public Task A_value_saying_the_secret_was_withheld_is_not_a_secret() =>
        // squidex's chat tool lists an app's clients with ClientSecret = "obfuscated"; a real secret beside it fires.
        SecretsTest.VerifyAsync($$"""
            public sealed class ClientView
            {
                public string ClientId { get; set; } = "app:default";
                public string ClientSecret { get; set; } = "obfuscated";
                public string ApiSecret { get; set; } = {|CMP1002:"{{Pwd}}"|};
            }
            """);

    // Jackett (judged blind, twelfth session): EraiRaws maps subtitle query fragments to language labels, and "sk" in
    // "subs[]=sk&" is Slovak, not a secret key. A key holding '=' or '&' is query text, not a name; secret-named keys
    // of the same shapes (initializer pair, indexer, Add) still fire.
    [Fact]
    public Task Query_text_keys_of_a_dictionary_are_not_secret_names() =>
        SecretsTest.VerifyAsync($$"""
            using System.Collections.Generic;

            public sealed class Subtitles
            {
                public void Configure()
                {
                    var languages = new Dictionary<string, string>
                    {
                        {"subs[]=hu&", "Hungarian"},
                        {"subs[]=sk&", "Slovakian"},
                    };
                    var more = new Dictionary<string, string> { ["lang=sk&"] = "Slovakian" };
                    more.Add("region=sk&", "Slovakia");

                    var oss = new Dictionary<string, string>
                    {
                        { "aliyun_sk", {|CMP1002:"{{Pwd}}"|} },
                    };
                    var keys = new Dictionary<string, string> { ["api_key"] = {|CMP1002:"{{Pwd}}x"|} };
                    keys.Add("api_secret", {|CMP1002:"{{Pwd}}y"|});
                }
            }
            """);

    // Smartstore (judged blind, twelfth session): route-value and template token names (TenantToken = "tenant",
    // LangToken = "{lang}", CatchAllToken = "{**SeName}") and a switch over a facet key whose labels are lower-case words
    // run together. A token constant holding a real value and a generated key label still fire.
    [Fact]
    public Task Route_tokens_template_parameters_and_lower_case_key_labels_are_not_secrets() =>
        SecretsTest.VerifyAsync($$"""
            public class MediaLegacyMiddleware
            {
                const string IdToken = "id";
                const string TenantToken = "tenant";
                const string PathToken = "path";
            }

            public class LocalizationFileResolver
            {
                const string LangToken = "{lang}";
                const string CultureToken = "{culture:minlength(2)?}";
            }

            public abstract class SlugRouter
            {
                const string CatchAllToken = "{**SeName}";
                const string AdminToken = {|CMP1002:"{{Pwd}}"|};
            }

            public static class FacetGroup
            {
                public static int Kind(string key)
                {
                    switch (key)
                    {
                        case "notfeaturedcategoryid": return 1;
                        case "manufacturerid": return 2;
                        case {|CMP1002:"{{AlnumOf(24, 611)}}"|}: return 3;
                    }

                    return 0;
                }
            }
            """);

    [Fact]
    public void Azure_devops_secrets_filter_names_key_vault_secrets()
    {
        var yaml = "steps:\n" +
                   "- ${{ if and(eq(parameters.runAsPublic, 'false'), not(eq(variables['System.TeamProject'], 'public'))) }}:\n" +
                   "  - task: AzureKeyVault@1\n" +
                   "    inputs:\n" +
                   "      azureSubscription: 'HelixProd_KeyVault'\n" +
                   "      KeyVaultName: HelixProdKV\n" +
                   "      SecretsFilter: 'HelixApiAccessToken'\n" +
                   "    condition: always()\n" +
                   "  - task: PowerShell@2\n" +
                   "    env:\n" +
                   "      HelixAccessToken: '" + AlnumOf(40, 602) + "'\n";
        var m = Assert.Single(TextSecretScanner.Scan("eng/common/templates/steps/telemetry-start.yml", yaml));
        Assert.Equal(("CMP1005", 11), (m.RuleId, m.StartLine));
    }

    // WTM (judged blind, eighth session): Azure Pipelines' NuGetCommand input publishFeedCredentials names the service
    // connection holding the feed's API key; a key written in the same pipeline still fires.
    [Fact]
    public void Azure_devops_feed_credentials_inputs_name_service_connections()
    {
        var yaml = "jobs:\n" +
                   "- job: publish\n" +
                   "  steps:\n" +
                   "  - task: NuGetCommand@2\n" +
                   "    inputs:\n" +
                   "      command: \"push\"\n" +
                   "      nuGetFeedType: \"external\"\n" +
                   "      publishFeedCredentials: \"nuget-orgfeed\"\n" +
                   "  - task: npmAuthenticate@0\n" +
                   "    inputs:\n" +
                   "      customEndpoint: npm-mirror\n" +
                   "      externalFeedCredentials: 'PackagesFeed_Connection'\n" +
                   "  - script: dotnet nuget push *.nupkg --api-key $(NUGET_KEY)\n" +
                   "    env:\n" +
                   "      NUGET_API_KEY: '" + AlnumOf(40, 603) + "'\n";
        var m = Assert.Single(TextSecretScanner.Scan(".azure/pipelines/cd-release.yml", yaml));
        Assert.Equal(("CMP1005", 15), (m.RuleId, m.StartLine));
    }

    // Sonarr (judged blind, thirteenth session): the Aria2 settings form pre-fills SecretToken = "MySecretToken" for the user
    // to replace. The name with "my"/"your" glued before it is a stand-in; a value that merely contains the name is not.
    [Fact]
    public Task The_name_with_my_or_your_before_it_is_a_form_stand_in() =>
        SecretsTest.VerifyAsync($$"""
            public sealed class Aria2Settings
            {
                public Aria2Settings()
                {
                    SecretToken = "MySecretToken";
                    ApiKey = "YourApiKey";
                    RpcSecret = {|CMP1002:"MyRpcSecret2024x"|};
                    AdminToken = {|CMP1002:"{{Pwd}}"|};
                }

                public string SecretToken { get; set; }
                public string ApiKey { get; set; }
                public string RpcSecret { get; set; }
                public string AdminToken { get; set; }
            }
            """);

    [Fact]
    public Task A_token_regular_expression_and_a_token_separator_that_is_cut_out_of_text_are_not_secrets() =>
        // oqtane (judged blind): TokenReplace.TokenExpression is the token-replacement regex, and FileController.MergeFile
        // parses "name.ext.part_001_999" with string token = ".part_". The same local name sent as a credential still fires.
        SecretsTest.VerifyAsync($$"""
            using System.IO;
            using System.Text.RegularExpressions;

            public class TokenReplace
            {
                private const string TokenExpression = "(?:(?<text>\\(\\))|\\((?<source>\\w+):(?<key>[^()]+)\\))";
                private Regex TokenizerRegex = new Regex(TokenExpression, RegexOptions.Compiled);
            }

            public class FileMerger
            {
                public string Parts(string filename)
                {
                    string token = ".part_";
                    string parts = Path.GetExtension(filename)?.Replace(token, "");
                    return parts;
                }

                public int Marker(string text)
                {
                    var secret = "--chunk--";
                    return text.IndexOf(secret) + text.Split(secret).Length;
                }

                public string Key()
                {
                    string token = {|CMP1002:"{{Pwd}}"|};
                    return token.Replace("-", "");
                }
            }
            """);
}
