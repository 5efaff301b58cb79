namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

public class DetectionCoreTests
{
    public static TheoryData<string, string, string> ProviderTokens() => new()
    {
        { "AWS access key ID", AwsKeyId(), "AKIA" },
        { "GitHub token", GitHubToken(), "ghp_" },
        { "Alibaba Cloud AccessKey ID", AlibabaId(), "LTAI" },
        { "Tencent Cloud SecretId", TencentId(), "AKID" },
        { "Stripe secret key", StripeKey(), "sk_live_" },
        { "Google API key", GoogleKey(), "AIza" },
        { "Slack token", SlackToken(), "xoxb-" },
        { "JD Cloud AccessKey", JdKey(), "JDC_" },
        { "Volcengine AccessKey ID", VolcId(), "AKLT" },
        { "DingTalk robot signing secret", DingTalkSigning(), "SEC" },
        { "JSON Web Token", Jwt(), "eyJ" },
        { "private key (PEM)", PemPrivateKey(), "-----BEGIN PRIVATE KEY-----" },
        { "Azure storage account key", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + AzureStorageKey() + ";EndpointSuffix=core.windows.net", "AccountKey=" },
        { "Azure identifiable key", Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 76, 33) + "+ASt" + AlnumOf(5, 34) + "Q==", "" },
        { "Azure identifiable key", AlnumOf(33, 35) + "AzSe" + "C" + AlnumOf(5, 36) + "=", "" },
        { "Microsoft Entra client secret", AlnumOf(3, 37) + "8Q~" + AlnumOf(34, 38), "" },
        { "WeCom robot webhook key", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + Uuid(30), "qyapi.weixin.qq.com/" },
        { "DingTalk robot access token", "https://oapi.dingtalk.com/robot/send?access_token=" + HexOf(64, 31), "oapi.dingtalk.com/" },
        { "Feishu/Lark bot webhook", "https://open.feishu.cn/open-apis/bot/v2/hook/" + Uuid(32), "open.feishu.cn/" },
    };

    [Theory]
    [MemberData(nameof(ProviderTokens))]
    public void Finds_provider_tokens_with_their_public_prefix_only(string kind, string text, string prefix)
    {
        var line = "value = " + text + " ;";
        var hit = Assert.Single(KnownTokens.Find(line));
        Assert.Equal(kind, hit.Kind);
        Assert.Equal(prefix, hit.PublicPrefix);
        Assert.StartsWith(prefix + "…(len ", hit.Masked);
    }

    [Fact]
    public void The_no_long_run_shortcut_never_hides_a_token()
    {
        // The shortest forms the patterns accept, each embedded in prose: all must still be found.
        Assert.Single(KnownTokens.Find("id LTAI5tQ9xK2mP7wR 是阿里云"));            // LTAI + 12 = 16 characters
        Assert.Single(KnownTokens.Find("token xoxb-1-a1b2c3d4e5 here"));          // 17 characters
        Assert.NotEmpty(KnownTokens.Find("k = \"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END RSA PRIVATE KEY-----\""));
        Assert.False(KnownTokens.MayHoldToken("Order {Id} handled with total {Total} for customer"));
        Assert.True(KnownTokens.MayHoldToken("x LTAI5tQ9xK2mP7wR"));
    }

    [Fact]
    public void GitHub_token_with_a_bad_checksum_is_not_reported()
    {
        Assert.Single(KnownTokens.Find(GitHubToken(validChecksum: true)));
        Assert.Empty(KnownTokens.Find(GitHubToken(validChecksum: false)));
        Assert.True(GitHubTokenChecksum.IsValid(GitHubToken()));
    }

    [Fact]
    public void Near_misses_wrong_length_or_glued_or_placeholders_are_not_tokens()
    {
        Assert.Empty(KnownTokens.Find(AwsKeyId().Substring(0, 19)));              // one char short
        Assert.Empty(KnownTokens.Find(AwsKeyId() + "Q"));                          // glued to more characters
        Assert.Empty(KnownTokens.Find("LT" + "AI" + "xxxxxxxxxxxxxxxx"));          // placeholder
        Assert.Empty(KnownTokens.Find("AK" + "IA" + "EXAMPLEEXAMPLE77"));            // documentation example
        Assert.Empty(KnownTokens.Find("eyJ" + "hbGciOi.eyJzdWIiOi.notatoken"));     // too short to be a JWT
        Assert.Empty(KnownTokens.Find("-----BEGIN " + "PRIVATE KEY-----"));         // a header without a key body
        Assert.Empty(KnownTokens.Find("-----BEGIN " + "PUBLIC KEY-----\n" + AlnumOf(64, 1) + "\n-----END PUBLIC KEY-----"));
    }

    [Fact]
    public void Paired_secrets_are_found_next_to_their_provider_id_only()
    {
        var paired = "accessKeyId=" + AlibabaId() + "\naccessKeySecret=" + AlibabaSecret() + "\n";
        var hit = Assert.Single(KnownTokens.FindPaired(paired));
        Assert.Equal("Alibaba Cloud AccessKey secret", hit.Kind);
        Assert.Equal(paired.IndexOf(AlibabaSecret(), StringComparison.Ordinal), hit.Index);

        // the same 30 characters without an Alibaba id nearby are just a string
        Assert.Empty(KnownTokens.FindPaired("someValue=" + AlibabaSecret() + "\n"));

        var wechat = "appid: " + WeChatAppId() + "\nappsecret: " + WeChatSecret() + "\n";
        Assert.Equal("WeChat AppSecret", Assert.Single(KnownTokens.FindPaired(wechat)).Kind);
        var feishu = "app_id=" + FeishuAppId() + " app_secret=" + FeishuSecret();
        Assert.Equal("Feishu/Lark App Secret", Assert.Single(KnownTokens.FindPaired(feishu)).Kind);
        var huawei = "# huawei cloud obs\nak=" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20, 40) + "\nsk=" + AlnumOf(40, 41);
        Assert.Contains(KnownTokens.FindPaired(huawei), h => h.Kind == "Huawei Cloud secret access key");

        // a commit SHA next to a Huawei or AWS mention is not a secret key
        Assert.Empty(KnownTokens.FindPaired("huawei obs fix, commit " + HexOf(40, 42)));
        Assert.Empty(KnownTokens.FindPaired(AwsKeyId() + " rotated in " + HexOf(40, 43)));
    }

    public static TheoryData<string, string, string> PairedProviders() => new()
    {
        { "AWS secret access key", "aws_access_key_id = " + AwsKeyId(800), Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40, 801) },
        { "Tencent Cloud SecretKey", "SecretId: " + TencentId(802), TencentSecret(803) },
        { "Volcengine secret access key", "VOLC_ACCESSKEY=" + VolcId(804), Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 56, 805) + "==" },
        { "Baidu Cloud secret access key", "# baidubce credentials\nak=" + HexOf(32, 806), HexOf(32, 807) },
        { "Qiniu secret key", "qiniu:\n  ak: " + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 40, 808), Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 40, 809) },
        { "WeCom corpsecret", "corpid=" + "w" + "w" + HexOf(16, 810), Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 43, 811) },
        { "DingTalk AppSecret", "appKey: " + "di" + "ng" + Random("abcdefghijklmnopqrstuvwxyz0123456789", 16, 812), Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 64, 813) },
    };

    [Theory]
    [MemberData(nameof(PairedProviders))]
    public void Paired_provider_secrets_are_found_next_to_their_id(string kind, string idLine, string secret)
    {
        var text = idLine + "\nsecret: " + secret + "\n";
        Assert.Contains(KnownTokens.FindPaired(text), h => h.Kind == kind && h.Index == text.IndexOf(secret, StringComparison.Ordinal) && h.Length == secret.Length);
        // without the provider's id or name the same value is not attributed to it
        Assert.DoesNotContain(KnownTokens.FindPaired("note\nsecret: " + secret + "\n"), h => h.Kind == kind);
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("dbPassword", true)]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("ApiKey", true)]
    [InlineData("api_key", true)]
    [InlineData("AccessKeySecret", true)]
    [InlineData("clientSecret", true)]
    [InlineData("privateKey", true)]
    [InlineData("mima", true)]
    [InlineData("dbMima", true)]
    [InlineData("miyao", true)]
    [InlineData("数据库密码", true)]
    [InlineData("登录口令", true)]
    [InlineData("接口密钥", true)]
    [InlineData("秘钥", true)]
    [InlineData("public_key", false)]
    [InlineData("key_id", false)]
    [InlineData("AccessKeyId", false)]
    [InlineData("api_version", false)]
    [InlineData("UserSecretsId", false)]
    [InlineData("csrf_token", false)]
    [InlineData("passwordQuestion", false)]
    [InlineData("cancellationToken", false)]
    [InlineData("PasswordRequiredLength", false)]
    [InlineData("PasswordKey", false)]
    [InlineData("TokenEndpoint", false)]
    [InlineData("userName", false)]
    [InlineData("密码提示", false)]
    [InlineData("HardcodedCredentialInSink", false)]
    [InlineData("SecretNamedSymbolAssignedConstant", false)]
    [InlineData("smtpPasswordValue", true)]
    [InlineData("WechatPayApiV3Key", true)]
    [InlineData("mch_key", true)]
    [InlineData("DingTalkAppKey", false)]
    [InlineData("TokenIdentifier", false)]     // names the kind of token (a label written into it), not a token
    [InlineData("RefreshTokenIdentifiers", false)]
    [InlineData("TimeLimitedTokenPrefix", false)] // a format's prefix ("v1.tl."), written in front of the real token
    [InlineData("API_KEY_SEPARATOR", false)]
    [InlineData("PrefixedApiToken", true)]
    // the secret half of a key pair ("secret key"), not a key *for* a secret (PasswordKey, TokenKey)
    [InlineData("SecretKey", true)]
    [InlineData("Minio:SecretKey", true)]
    [InlineData("MINIO_SECRET_KEY", true)]
    [InlineData("AWS_SECRET_ACCESS_KEY", true)]
    [InlineData("TokenKey", false)]
    [InlineData("SecretKeyName", false)]
    [InlineData("SecretKeyPath", false)]
    [InlineData("SecretKeyHandlerOptions", false)]
    public void Secret_names_in_English_pinyin_and_Chinese_with_a_stop_list(string name, bool expected) =>
        Assert.Equal(expected, SecretNames.IsSecretName(name));

    [Theory]
    [InlineData("changeme")]
    [InlineData("<your-password>")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("{{ .Values.password }}")]
    [InlineData("%DB_PASSWORD%")]
    [InlineData("$(DbPassword)")]
    [InlineData("`$AzureDevOpsAccessToken")] // PowerShell: a backtick-escaped variable printed into a URL
    [InlineData("\\$PASSWORD")] // shell: a backslash-escaped variable written into a script by a heredoc
    [InlineData("$env:DB_PASSWORD")]
    [InlineData("${jsondecode(data.aws_secretsmanager_secret_version.db[0].secret_string)[")] // cut at an inner quote
    [InlineData("********")]
    [InlineData("xxxxxxxx")]
    [InlineData("your_api_key_here")]
    [InlineData("请填入密钥")]
    [InlineData("test-ak")]
    [InlineData("example-secret")]
    [InlineData("SET_A_PASSWORD_HERE_123")]   // an instruction to whoever fills the value in
    [InlineData("your-api-key-here")]
    [InlineData("REPLACE")]
    [InlineData("obfuscated")]
    [InlineData("Hidden")]
    [InlineData("")]
    public void Placeholders_are_not_secrets(string value) => Assert.True(Placeholders.IsPlaceholder(value));

    [Theory]
    [InlineData("Please enter your password")]
    [InlineData("请输入密码")]
    [InlineData("密码错误")]
    [InlineData("Password is required")]
    public void Ui_prompts_are_not_secret_values(string value) => Assert.False(SecretNames.IsPlausibleSecretValue(value, "password"));

    [Fact]
    public void Real_looking_passwords_are_plausible_but_key_paths_are_not()
    {
        Assert.True(SecretNames.IsPlausibleSecretValue(Password(), "password"));
        Assert.True(SecretNames.IsPlausibleSecretValue("P@ssw0rd!", "password")); // weak, but a real hard-coded password
        Assert.False(SecretNames.IsPlausibleSecretValue("Auth:Password", "passwordKey"));
        Assert.False(SecretNames.IsPlausibleSecretValue("DB_PASSWORD", "passwordVariable"));
        Assert.False(SecretNames.IsPlausibleSecretValue("pwd", "pwd"));
        Assert.False(SecretNames.IsPlausibleSecretValue("CMP1001", "RuleToken"));          // a diagnostic id
        Assert.False(SecretNames.IsPlausibleSecretValue("default/ca-secret", "tlsSecret")); // a Kubernetes Secret's name
    }

    [Fact]
    public void Connection_strings_follow_DbConnectionStringBuilder_rules()
    {
        var pwd = Password();
        var cs = "Server=db;Database=app;User Id=sa;Password=" + pwd + ";";
        var hit = Assert.Single(ConnectionStrings.FindPasswords(cs));
        Assert.Equal(cs.IndexOf(pwd, StringComparison.Ordinal), hit.Index);
        Assert.Equal(pwd.Length, hit.Length);

        // quoted value with a ';' and a doubled quote inside
        var quoted = "Data Source=db;Pwd='a;b''" + pwd + "';Initial Catalog=x";
        var q = Assert.Single(ConnectionStrings.FindPasswords(quoted));
        Assert.Equal("Pwd", q.Keyword);
        Assert.Equal(quoted.IndexOf("a;b", StringComparison.Ordinal), q.Index);

        Assert.Single(ConnectionStrings.FindPasswords("Host=db;Username=app;User Password=" + pwd));
        Assert.Empty(ConnectionStrings.FindPasswords("Server=db;Database=app;Integrated Security=true"));
        Assert.True(ConnectionStrings.UsesIntegratedSecurity("Server=db;Trusted_Connection=yes"));
        Assert.Empty(ConnectionStrings.FindPasswords("Server=db;Database=app;Password=${DB_PASSWORD}"));
        Assert.Empty(ConnectionStrings.FindPasswords("Server=db;Password="));
        Assert.Empty(ConnectionStrings.FindPasswords("a=b and password=c in prose")); // no connection-string keys
        Assert.Single(ConnectionStrings.FindPasswords("cache:6379,password=" + pwd + ",ssl=true,abortConnect=false"));
    }

    [Theory]
    [InlineData("mongodb+srv://app:{0}@cluster0.ab1cd.mongodb.net/db")]
    [InlineData("postgresql://app:{0}@db:5432/app")]
    [InlineData("mysql://root:{0}@localhost/app")]
    [InlineData("redis://default:{0}@cache:6379")]
    [InlineData("amqp://guest:{0}@mq:5672/")]
    [InlineData("https://deploy:{0}@git.contoso-corp.com/repo.git")]
    public void Credential_uris_are_found(string template)
    {
        var pwd = Password(50);
        var uri = string.Format(template, pwd);
        var hit = Assert.Single(ConnectionStrings.FindUriCredentials(uri));
        Assert.Equal(uri.IndexOf(pwd, StringComparison.Ordinal), hit.Index);
        Assert.Empty(ConnectionStrings.FindUriCredentials(string.Format(template, "${PASSWORD}")));
    }

    [Theory]
    [InlineData("https://lnd:{0}@lnd.example.com")]
    [InlineData("postgres://app:{0}@db.example.org/app")]
    [InlineData("amqp://guest:{0}@mq.example/")]
    [InlineData("redis://default:{0}@cache.test:6379")]
    public void Credentials_in_uris_of_documentation_hosts_are_samples(string template)
    {
        // RFC 2606/6761 reserved names: no server answers there. A look-alike domain is still a real host.
        Assert.Empty(ConnectionStrings.FindUriCredentials(string.Format(template, Password(51))));
        var real = string.Format("https://lnd:{0}@lnd.example-corp.com", Password(52));
        Assert.Single(ConnectionStrings.FindUriCredentials(real));
    }

    [Theory]
    [InlineData("myPassword", true)]
    [InlineData("eclairpassword", true)]
    [InlineData("bitcoinrpcpassword", true)]
    [InlineData("dbsecret", true)]
    [InlineData("Password", true)]
    [InlineData("mypassword1", false)]
    [InlineData("P@sswordAdmin", false)]
    [InlineData("passwordhunter", false)]
    public void A_value_naming_whose_password_it_is_is_a_placeholder(string value, bool placeholder) =>
        Assert.Equal(placeholder, Placeholders.IsPlaceholder(value));

    [Fact]
    public void A_connection_string_in_help_text_with_a_role_named_password_is_not_reported()
    {
        Assert.Empty(ConnectionStrings.FindPasswords("type=eclair;server=http://eclair.com:4570;password=eclairpassword"));
        var real = ConnectionStrings.FindPasswords("type=eclair;server=http://eclair.com:4570;password=eclairpassw0rd");
        Assert.Equal("password", Assert.Single(real).Keyword);
    }

    [Fact]
    public void Entropy_is_length_aware()
    {
        Assert.True(ShannonEntropy.LooksRandom(AlnumOf(20, 5)));
        Assert.True(ShannonEntropy.LooksRandom(HexOf(32, 6)));
        Assert.False(ShannonEntropy.LooksRandom("aaaaaaaaaaaaaaaaaaaa"));
        Assert.False(ShannonEntropy.LooksRandom("abcabcabcabcabcabcabc"));
        Assert.False(ShannonEntropy.LooksRandom(AlnumOf(10, 7))); // too short to judge as a key
        // a 12-character random value reaches most of what 12 characters can carry
        Assert.True(ShannonEntropy.Ratio(AlnumOf(12, 8)) > 0.8);
    }

    [Fact]
    public void Redactor_masks_tokens_passwords_uris_and_secret_named_pairs()
    {
        var pwd = Password(60);
        var aws = AwsKeyId();
        var text = $"key={aws} cs=\"Server=db;User Id=sa;Password={pwd}\" url=postgres://u:{pwd}@db/x \"ApiKey\": \"{AlnumOf(12, 61)}\" mima: {pwd}2 <Password>{pwd}3</Password>";
        var redacted = SecretRedactor.Redact(text);
        Assert.True(redacted.Contains("Password=…(len " + pwd.Length + ")"), redacted);
        Assert.Contains("AKIA…(len 20)", redacted);
        Assert.DoesNotContain(aws, redacted);
        foreach (var w in Windows(pwd))
        {
            Assert.DoesNotContain(w, redacted);
        }

        Assert.DoesNotContain(AlnumOf(12, 61), redacted);
        Assert.Contains("Server=db;User Id=sa;Password=…(len " + pwd.Length + ")", redacted);
        Assert.Equal("nothing secret here: count=3", SecretRedactor.Redact("nothing secret here: count=3"));
    }
}
