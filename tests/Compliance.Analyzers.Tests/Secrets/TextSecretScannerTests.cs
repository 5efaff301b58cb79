namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>The text scanner the CLI calls on every file and the CMP1005 analyzer calls on AdditionalFiles.</summary>
public class TextSecretScannerTests
{
    /// <summary>Line and column (1-based) where <paramref name="value"/> starts in <paramref name="text"/>, found by hand-counted line.</summary>
    private static (int Line, int Column) At(string text, int line, string value)
    {
        var lines = text.Split('\n');
        var col = lines[line - 1].IndexOf(value, StringComparison.Ordinal);
        Assert.True(col >= 0, $"fixture: '{value}' is not on line {line}");
        return (line, col + 1);
    }

    private static void AssertMatch(SecretMatch m, string ruleId, (int Line, int Column) at, int length, string anchor)
    {
        Assert.Equal(ruleId, m.RuleId);
        Assert.Equal(at.Line, m.StartLine);
        Assert.Equal(at.Column, m.StartColumn);
        Assert.Equal(at.Line, m.EndLine);
        Assert.Equal(at.Column + length, m.EndColumn);
        Assert.Equal(anchor, m.Anchor);
    }

    [Fact]
    public void Appsettings_connection_strings_and_secret_keys_with_key_paths()
    {
        var pwd = Password(100);
        var apiKey = AlnumOf(24, 101);
        var json = "{\n" +
                   "  \"ConnectionStrings\": {\n" +
                   "    \"Default\": \"Server=db;Database=shop;User Id=app;Password=" + pwd + ";TrustServerCertificate=true\",\n" +
                   "    \"Reporting\": \"Server=db;Database=rpt;Integrated Security=true\"\n" +
                   "  },\n" +
                   "  \"Payment\": { \"ApiKey\": \"" + apiKey + "\", \"ApiVersion\": \"2024-01-01\" },\n" +
                   "  \"Identity\": { \"Password\": { \"RequiredLength\": 12 } },\n" +
                   "  \"Smtp\": { \"Password\": \"${SMTP_PASSWORD}\" },\n" +
                   "  \"Jwt\": { \"Issuer\": \"shop\", \"Key\": \"" + apiKey + "j\" }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Web/appsettings.Production.json", json);
        Assert.Equal(3, matches.Count);
        AssertMatch(matches[0], "CMP1005", At(json, 3, pwd), pwd.Length, "ConnectionStrings:Default");
        AssertMatch(matches[2], "CMP1005", At(json, 9, apiKey + "j"), apiKey.Length + 1, "Jwt:Key");
        Assert.Equal("connection-string password", matches[0].Kind);
        AssertMatch(matches[1], "CMP1005", At(json, 6, apiKey), apiKey.Length, "Payment:ApiKey");
        Assert.Contains("Password=…(len " + pwd.Length + ")", matches[0].Evidence);
        Assert.Contains("ConnectionStrings:Default", matches[0].Message);
        Assert.Contains("配置文件", matches[0].MessageZh);
    }

    [Fact]
    public void A_base64_encoded_placeholder_is_not_a_secret_and_base64_key_bytes_are()
    {
        // a template's "change me" instruction encoded to look like a key, beside a real 32-byte key in base64
        var encodedInstruction = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("REPLACE_ME_WITH_A_LONG_RANDOM_VALUE"));
        var keyBytes = new byte[32];
        new Random(7).NextBytes(keyBytes);
        var realKey = Convert.ToBase64String(keyBytes);
        var json = "{\n" +
                   "  \"Vault\": { \"EncryptionKey\": \"" + encodedInstruction + "\" },\n" +
                   "  \"Portal\": { \"ClientSecret\": \"" + realKey + "\" }\n" +
                   "}\n";
        var matches = TextSecretScanner.Scan("src/Portal/appsettings.json", json);
        var match = Assert.Single(matches);
        AssertMatch(match, "CMP1005", At(json, 3, realKey), realKey.Length, "Portal:ClientSecret");
    }

    [Fact]
    public void A_value_that_is_the_settings_own_name_numbered_is_a_stand_in()
    {
        var realSecret = AlnumOf(20, 102);
        var json = "{\n" +
                   "  \"Mp\": { \"MpAppSecret\": \"mpappsecret-1\", \"CorpToken\": \"CorpToken2\",\n" +
                   "          \"OpenAppSecret\": \"" + realSecret + "\" }\n" +
                   "}\n";
        var match = Assert.Single(TextSecretScanner.Scan("src/Mp/appsettings.json", json));
        AssertMatch(match, "CMP1005", At(json, 3, realSecret), realSecret.Length, "Mp:OpenAppSecret");
    }

    [Fact]
    public void Web_config_connection_strings_machine_key_and_app_settings()
    {
        var pwd = Password(110);
        var validation = HexOf(64, 111);
        var xml = "<?xml version=\"1.0\"?>\n" +
                  "<configuration>\n" +
                  "  <connectionStrings>\n" +
                  "    <add name=\"Shop\" connectionString=\"Data Source=db;Initial Catalog=shop;User ID=web;Password=" + pwd + "\" providerName=\"System.Data.SqlClient\" />\n" +
                  "    <add name=\"Local\" connectionString=\"Data Source=.;Initial Catalog=shop;Integrated Security=SSPI\" />\n" +
                  "  </connectionStrings>\n" +
                  "  <appSettings>\n" +
                  "    <add key=\"SmsSecret\" value=\"" + pwd + "x\" />\n" +
                  "    <add key=\"SmsSecretPrompt\" value=\"Please enter the SMS secret\" />\n" +
                  "  </appSettings>\n" +
                  "  <!-- <add key=\"OldSecret\" value=\"" + pwd + "y\" /> -->\n" +
                  "  <system.web><machineKey validationKey=\"" + validation + "\" decryptionKey=\"AutoGenerate,IsolateApps\" /></system.web>\n" +
                  "</configuration>\n";
        var matches = TextSecretScanner.Scan("web.config", xml);
        Assert.Equal(3, matches.Count);
        AssertMatch(matches[0], "CMP1005", At(xml, 4, pwd), pwd.Length, "add:Shop");
        AssertMatch(matches[1], "CMP1005", At(xml, 8, pwd + "x"), pwd.Length + 1, "add:SmsSecret");
        AssertMatch(matches[2], "CMP1005", At(xml, 12, validation), validation.Length, "machineKey@validationKey");
    }

    [Fact]
    public void Nuget_config_clear_text_password_and_pubxml_password()
    {
        var pwd = Password(120);
        var nuget = "<configuration>\n  <packageSourceCredentials>\n    <feed>\n      <add key=\"Username\" value=\"ci\" />\n      <add key=\"ClearTextPassword\" value=\"" + pwd + "\" />\n    </feed>\n  </packageSourceCredentials>\n</configuration>\n";
        var m = Assert.Single(TextSecretScanner.Scan("nuget.config", nuget));
        AssertMatch(m, "CMP1005", At(nuget, 5, pwd), pwd.Length, "add:ClearTextPassword");

        var pubxml = "<Project>\n  <PropertyGroup>\n    <UserName>$deploy</UserName>\n    <Password>" + pwd + "</Password>\n  </PropertyGroup>\n</Project>\n";
        var p = Assert.Single(TextSecretScanner.Scan("Properties/PublishProfiles/Prod.pubxml", pubxml));
        AssertMatch(p, "CMP1005", At(pubxml, 4, pwd), pwd.Length, "Password");
    }

    [Fact]
    public void Terraform_and_powershell_references_in_credentials_are_not_secrets_and_a_literal_beside_them_is()
    {
        // Seen on dotnet-starter-kit (Terraform interpolation cut at its inner quote) and openiddict-samples (a
        // PowerShell variable escaped with a backtick inside a clone URL).
        var pwd = Password(140);
        var tf = "resource \"aws_secretsmanager_secret_version\" \"conn\" {\n"
                 + "  secret_string = \"Host=${module.rds.endpoint};Username=${var.db_username};Password=${jsondecode(data.aws_secretsmanager_secret_version.pw[0].secret_string)[\"password\"]};SSL Mode=Require\"\n"
                 + "  other = \"Host=db;Username=app;Password=" + pwd + "\"\n}\n";
        var matches = TextSecretScanner.Scan("deploy/terraform/main.tf", tf);
        Assert.Equal([3], matches.Select(m => Line(tf, m.Offset)));
        var ps = "Write-Host \"git clone https://dnceng:`$AzureDevOpsAccessToken@dev.azure.com/dnceng/internal/_git/cfg $dir\"\n"
                 + "git clone \"https://dnceng:" + pwd + "@dev.azure.com/dnceng/internal/_git/cfg\"\n";
        var psMatches = TextSecretScanner.Scan("eng/push.ps1", ps);
        Assert.Equal([2], psMatches.Select(m => Line(ps, m.Offset)));
    }

    [Fact]
    public void A_backslash_escaped_shell_variable_in_a_heredoc_is_a_reference_and_a_literal_beside_it_is_reported()
    {
        // actual-chat's Dockerfile writes the migrations' entrypoint.sh with a heredoc; "\$PASSWORD" stays "$PASSWORD" in the
        // script and is expanded from the container environment when it runs (judged blind, seven lines).
        var pwd = Password(148);
        var docker = "COPY <<EOF /migrations/entrypoint.sh\n#!/bin/bash\n"
                     + "./Chat.Migration.exe --connection \"Host=\\$HOST;Database=chat;Port=\\$PORT;User Id=\\$USER;Password=\\$PASSWORD;Enlist=false\"\n"
                     + "./Users.Migration.exe --connection \"Host=db.internal.corp;Database=users;User Id=app;Password=" + pwd + ";Enlist=false\"\n"
                     + "EOF\n";
        var m = Assert.Single(TextSecretScanner.Scan("Dockerfile", docker));
        AssertMatch(m, "CMP1004", At(docker, 4, pwd), pwd.Length, m.Anchor);
    }

    private static int Line(string text, int offset) => text.Take(offset).Count(c => c == '\n') + 1;

    [Fact]
    public void Openapi_security_requirement_scopes_are_not_keys_and_a_key_in_the_same_document_is()
    {
        // BTCPay's swagger template: security: [ { "API_Key": [ "unrestricted" ] } ] names scopes. A real key value under a
        // secret-named property elsewhere in the document is still reported.
        var key = AlnumOf(32, 140);
        var json = "{\n  \"paths\": {\n    \"/api/v1/api-keys\": {\n      \"delete\": {\n        \"security\": [\n          {\n            \"API_Key\": [\n              \"unrestricted\"\n            ],\n            \"Basic\": []\n          }\n        ]\n      }\n    }\n  },\n  \"security\": [ { \"API_Key\": [ \"btcpay.store.canmodifystoresettings\" ] } ],\n  \"x-test\": { \"apiKey\": \"" + key + "\" }\n}\n";
        var m = Assert.Single(TextSecretScanner.Scan("wwwroot/swagger/v1/swagger.template.api-keys.json", json));
        AssertMatch(m, "CMP1005", At(json, 17, key), key.Length, "x-test:apiKey");
    }

    [Fact]
    public void A_ci_jobs_localhost_database_password_is_not_reported_and_a_remote_one_is()
    {
        // dotnet-starter-kit: a smoke test runs against the job's own Postgres service container on localhost.
        var local = Password(141);
        var remote = Password(142);
        var yaml = "jobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Run migrator\n        run: |\n          docker run --rm --network host \\\n            -e Db__ConnectionString=\"Host=localhost;Port=5432;Database=smoke;Username=postgres;Password=" + local + "\" \\\n            migrator:smoke\n      - name: Migrate production\n        run: |\n          dotnet run -- --connection \"Host=db.prod.internal;Port=5432;Database=app;Username=app;Password=" + remote + "\"\n";
        var m = Assert.Single(TextSecretScanner.Scan(".github/workflows/backend.yml", yaml));
        Assert.Equal(("CMP1005", 12), (m.RuleId, m.StartLine));
        Assert.Equal(yaml.Split('\n')[11].IndexOf(remote, StringComparison.Ordinal) + 1, m.StartColumn);
        // the same localhost connection string outside a CI pipeline is configuration that runs somewhere
        Assert.Equal(2, TextSecretScanner.Scan("deploy/run.yml", yaml).Count);
    }

    [Fact]
    public void A_gitlab_jobs_variables_that_configure_its_own_service_image_are_not_reported()
    {
        // GitLab passes a job's variables to its service containers: POSTGRES_PASSWORD beside `services: [postgres:16]` is
        // the job's throw-away database. Another secret of the same job, and the same name in a job without that
        // service, are still reported. (Only `- name: image` entries are read; a bare `- postgres:16` list item is not, so
        // its variables stay reported.)
        var pg = Password(146);
        var redis = Password(147);
        var upload = Password(148);
        var prod = Password(149);
        var yaml = "integration:\n  image: mcr.microsoft.com/dotnet/sdk:9.0\n  services:\n    - name: postgres:16\n    - name: bitnami/redis:7.2\n      alias: cache\n"
                   + "  variables:\n    POSTGRES_PASSWORD: " + pg + "\n    REDIS_PASSWORD: " + redis + "\n    ARCHIVE_UPLOAD_PASSWORD: " + upload + "\n  script:\n    - dotnet test\n"
                   + "release:\n  variables:\n    POSTGRES_PASSWORD: " + prod + "\n  script:\n    - ./release.sh\n";
        var found = TextSecretScanner.Scan(".gitlab-ci.yml", yaml);
        Assert.Equal("integration:variables:ARCHIVE_UPLOAD_PASSWORD|release:variables:POSTGRES_PASSWORD", string.Join("|", found.Select(f => f.Anchor)));
        AssertMatch(found[0], "CMP1005", At(yaml, 10, upload), upload.Length, "integration:variables:ARCHIVE_UPLOAD_PASSWORD");
        AssertMatch(found[1], "CMP1005", At(yaml, 15, prod), prod.Length, "release:variables:POSTGRES_PASSWORD");
    }

    [Fact]
    public void A_ci_jobs_service_container_password_is_not_reported_and_a_step_secret_is()
    {
        // Ombi's automation-tests.yml: the job's own MySQL/Postgres containers (services:), created and destroyed with
        // the run, are configured with throwaway passwords; a step's env is the job talking to something else.
        var root = Password(143);
        var pg = Password(144);
        var step = Password(145);
        var yaml = "jobs:\n  db-tests:\n    runs-on: ubuntu-latest\n    services:\n      mysql:\n        image: mysql:8\n        env:\n          MYSQL_ROOT_PASSWORD: " + root
                   + "\n      postgres:\n        image: postgres:15\n        env:\n          POSTGRES_PASSWORD: " + pg
                   + "\n    steps:\n      - name: Deploy\n        env:\n          DEPLOY_PASSWORD: " + step + "\n        run: ./deploy.sh\n";
        var m = Assert.Single(TextSecretScanner.Scan(".github/workflows/automation-tests.yml", yaml));
        AssertMatch(m, "CMP1005", At(yaml, 16, step), step.Length, "jobs:db-tests:steps:env:DEPLOY_PASSWORD");
        // GitLab CI: a service's variables
        var gitlab = "test:\n  services:\n    - name: postgres:15\n      variables:\n        POSTGRES_PASSWORD: " + pg + "\n  script: dotnet test\n";
        Assert.Empty(TextSecretScanner.Scan(".gitlab-ci.yml", gitlab));
        // the same services: block in a Compose file is a deployment's database: reported
        var compose = "services:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: " + root + "\n";
        var c = Assert.Single(TextSecretScanner.Scan("docker-compose.yml", compose));
        AssertMatch(c, "CMP1005", At(compose, 5, root), root.Length, "services:mysql:environment:MYSQL_ROOT_PASSWORD");
    }

    [Fact]
    public void A_markdown_pages_localhost_connection_string_is_an_example_and_a_remote_one_is_reported()
    {
        // Ombi's src/Ombi.Store/Migration.md: a how-to's example settings, Host=localhost, user/password/database "ombi".
        var local = Password(146);
        var remote = Password(147);
        var md = "### Postgres Example\n```\n{\n  \"OmbiDatabase\": {\n    \"ConnectionString\": \"Host=localhost;Port=5432;Database=ombi;Username=ombi;Password=" + local
                 + "\"\n  }\n}\n```\nOur shared server: \"Host=db.internal.corp;Port=5432;Database=ombi;Username=ombi;Password=" + remote + "\"\n";
        var m = Assert.Single(TextSecretScanner.Scan("src/Ombi.Store/Migration.md", md));
        AssertMatch(m, "CMP1004", At(md, 9, remote), remote.Length, m.Anchor);
        // the same localhost string in a text file that is not documentation is still reported
        Assert.Equal(2, TextSecretScanner.Scan("src/Ombi.Store/notes.txt", md).Count);
    }

    [Fact]
    public void A_markdown_pages_inline_code_and_docker_host_connection_strings_are_local_examples()
    {
        // rwprec12, judged blind: ChurchRegister's plan page puts `Host=localhost;…` in a table cell (inline code), and
        // PayrollEngine's README runs the image against SQL Server on host.docker.internal (the developer's own machine).
        var table = Password(148);
        var docker = Password(149);
        var remote = Password(150);
        var md = "| TASK-005 | Use `Host=localhost;Port=5432;Database=app;Username=app;Password=" + table + "` | |\n"
                 + "docker run -e ConnectionStrings__Db=\"Server=host.docker.internal;Database=app;User Id=sa;Password=" + docker + ";\" app\n"
                 + "| TASK-018 | Use `Host=db.prod.internal;Port=5432;Database=app;Username=app;Password=" + remote + ";` | |\n";
        var m = Assert.Single(TextSecretScanner.Scan("plan/feature.md", md));
        AssertMatch(m, "CMP1004", At(md, 3, remote), remote.Length, m.Anchor);
        // outside documentation the same lines are all reported
        Assert.Equal(3, TextSecretScanner.Scan("plan/feature.txt", md).Count);
    }

    [Fact]
    public void Dotenv_file_reports_secret_named_keys_and_skips_placeholders()
    {
        var pwd = Password(130);
        var env = "# local settings\nDB_HOST=db\nDB_PASSWORD=\"" + pwd + "\"\nexport JWT_SECRET=" + AlnumOf(32, 131) + "\nSMTP_PASSWORD=changeme\nAPI_TOKEN=${API_TOKEN}\nDB_MIMA=" + pwd + "2\n";
        var matches = TextSecretScanner.Scan(".env.production", env);
        Assert.Equal(3, matches.Count);
        AssertMatch(matches[0], "CMP1005", At(env, 3, pwd), pwd.Length, "DB_PASSWORD");
        Assert.Equal("password", matches[0].Kind);
        Assert.Equal("JWT_SECRET", matches[1].Anchor);
        Assert.Equal("DB_MIMA", matches[2].Anchor);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_positions()
    {
        var pwd = Password(135);
        var env = "# local\r\nDB_HOST=db\r\nDB_PASSWORD=" + pwd + "\r\n";
        var m = Assert.Single(TextSecretScanner.Scan(".env", env));
        Assert.Equal((3, 13, 3, 13 + pwd.Length), (m.StartLine, m.StartColumn, m.EndLine, m.EndColumn));

        var yaml = "services:\r\n  db:\r\n    environment:\r\n      MYSQL_PASSWORD: " + pwd + "\r\n";
        var y = Assert.Single(TextSecretScanner.Scan("compose.yml", yaml));
        Assert.Equal((4, 23), (y.StartLine, y.StartColumn));
        Assert.Equal("services:db:environment:MYSQL_PASSWORD", y.Anchor);
        Assert.DoesNotContain("\r", y.Evidence);
    }

    [Fact]
    public void Kubernetes_secret_string_data_and_base64_data()
    {
        var pwd = Password(140);
        var b64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pwd));
        var yaml = "apiVersion: v1\n" +
                   "kind: Secret\n" +
                   "metadata:\n" +
                   "  name: db-credentials\n" +
                   "type: Opaque\n" +
                   "stringData:\n" +
                   "  username: app\n" +
                   "  password: \"" + pwd + "\"\n" +
                   "data:\n" +
                   "  api-key: " + b64 + "\n" +
                   "  placeholder: " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("changeme")) + "\n" +
                   "---\n" +
                   "apiVersion: v1\n" +
                   "kind: ConfigMap\n" +
                   "metadata:\n" +
                   "  name: settings\n" +
                   "data:\n" +
                   "  feature: enabled\n";
        var matches = TextSecretScanner.Scan("deploy/k8s/secret.yaml", yaml);
        Assert.Equal(2, matches.Count);
        AssertMatch(matches[0], "CMP1005", At(yaml, 8, pwd), pwd.Length, "stringData:password");
        AssertMatch(matches[1], "CMP1005", At(yaml, 10, b64), b64.Length, "data:api-key");
        // the decoded length is shown, never the value or its base64
        Assert.Contains("(len " + pwd.Length + ")", matches[1].Message);
        Assert.DoesNotContain(b64, matches[1].Evidence);
    }

    [Fact]
    public void Compose_environment_in_map_and_list_form()
    {
        var pwd = Password(150);
        var yaml = "services:\n" +
                   "  db:\n" +
                   "    image: postgres:16\n" +
                   "    environment:\n" +
                   "      POSTGRES_USER: app\n" +
                   "      POSTGRES_PASSWORD: " + pwd + "\n" +
                   "  web:\n" +
                   "    environment:\n" +
                   "      - ConnectionStrings__Default=Host=db;Username=app;Password=" + pwd + "\n" +
                   "      - Jwt__Secret=" + pwd + "z\n" +
                   "      - Jwt__SecretPrompt=${JWT}\n";
        var matches = TextSecretScanner.Scan("compose.yaml", yaml);
        Assert.Equal(3, matches.Count);
        AssertMatch(matches[0], "CMP1005", At(yaml, 6, pwd), pwd.Length, "services:db:environment:POSTGRES_PASSWORD");
        AssertMatch(matches[1], "CMP1005", At(yaml, 9, pwd), pwd.Length, "services:web:environment:ConnectionStrings__Default");
        AssertMatch(matches[2], "CMP1005", At(yaml, 10, pwd + "z"), pwd.Length + 1, "services:web:environment:Jwt__Secret");
    }

    [Fact]
    public void Generic_text_finds_tokens_private_keys_and_credential_uris_with_ordinal_anchors()
    {
        var aws = AwsKeyId();
        var gh = GitHubToken();
        var pem = PemPrivateKey();
        var pwd = Password(160);
        var text = "Deploy notes\n" +
                   "old key " + aws + " was rotated\n" +
                   "token: " + gh + "\n" +
                   pem + "\n" +
                   "psql postgres://admin:" + pwd + "@db.internal:5432/app\n" +
                   "See https://docs.example.org/ for more (no secret here).\n";
        var matches = TextSecretScanner.Scan("docs/ops.md", text);
        Assert.Equal(4, matches.Count);
        AssertMatch(matches[0], "CMP1003", At(text, 2, aws), aws.Length, "AWS-access-key-ID#1");
        AssertMatch(matches[1], "CMP1003", At(text, 3, gh), gh.Length, "GitHub-token#1");
        Assert.Equal("private key (PEM)", matches[2].Kind);
        Assert.Equal(4, matches[2].StartLine);
        Assert.Equal(9, matches[2].EndLine);
        AssertMatch(matches[3], "CMP1004", At(text, 10, pwd), pwd.Length, "password-in-URI#1");
        Assert.Contains("AKIA…(len 20)", matches[0].Message);
    }

    [Fact]
    public void Chinese_provider_pairs_in_a_properties_file()
    {
        var id = AlibabaId();
        var secret = AlibabaSecret();
        var text = "aliyun.oss.endpoint=oss-cn-hangzhou.aliyuncs.com\naliyun.oss.accessKeyId=" + id + "\naliyun.oss.accessKeySecret=" + secret + "\n";
        var matches = TextSecretScanner.Scan("src/main/resources/application.properties", text);
        Assert.Equal(2, matches.Count);
        AssertMatch(matches[0], "CMP1003", At(text, 2, id), id.Length, "aliyun.oss.accessKeyId");
        Assert.Equal("CMP1005", matches[1].RuleId); // secret-named key wins the span before pairing is consulted
        Assert.Equal(3, matches[1].StartLine);
    }

    [Fact]
    public void Large_files_are_scanned_in_blocks_without_losing_or_duplicating_tokens()
    {
        var filler = new System.Text.StringBuilder();
        var lines = new List<int>();
        var tokens = new List<string>();
        for (var i = 0; i < 40_000; i++)
        {
            if (i % 5_000 == 2_500)
            {
                var t = GitHubToken(700 + i);
                tokens.Add(t);
                lines.Add(i + 1);
                filler.Append("token ").Append(t).Append('\n');
            }
            else
            {
                filler.Append("log line ").Append(i).Append(" nothing to see here, just text\n");
            }
        }

        var text = filler.ToString();
        Assert.True(text.Length > 1_000_000);
        var matches = TextSecretScanner.Scan("big.log", text);
        Assert.Equal(lines, matches.Select(m => m.StartLine));
        Assert.Equal(Enumerable.Range(1, tokens.Count).Select(n => "GitHub-token#" + n), matches.Select(m => m.Anchor));
    }

    [Fact]
    public void Binary_key_stores_are_reported_by_name()
    {
        var m = Assert.Single(TextSecretScanner.ScanKeyStoreFile("certs/apiclient_cert.p12"));
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal("keystore.p12", m.Anchor);
        Assert.Equal((1, 1), (m.StartLine, m.StartColumn));
        Assert.Empty(TextSecretScanner.ScanKeyStoreFile("certs/ca.crt"));
    }

    [Fact]
    public void Files_without_secrets_give_nothing_and_broken_files_do_not_throw()
    {
        Assert.Empty(TextSecretScanner.Scan("appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"AllowedHosts\": \"*\" }"));
        Assert.Empty(TextSecretScanner.Scan("README.md", "Set the password with `dotnet user-secrets set Db:Password <value>`."));
        Assert.Empty(TextSecretScanner.Scan("x.json", "{ \"a\": [ \"unterminated"));
        Assert.Empty(TextSecretScanner.Scan("x.yaml", "a: [\n  - : :\n\t- b"));
        Assert.Empty(TextSecretScanner.Scan("web.config", "<configuration><add key=\"Password\" value=\"\" /><"));
        Assert.Empty(TextSecretScanner.Scan("empty.env", string.Empty));

        // references to secrets are not secrets: CI variables, Helm values, Spring/compose interpolation, secret refs
        var workflow = "jobs:\n  build:\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: ${{ secrets.DOCKER_USER }}\n          password: ${{ secrets.DOCKER_PASSWORD }}\n";
        Assert.Empty(TextSecretScanner.Scan(".github/workflows/ci.yml", workflow));
        var helm = "db:\n  password: {{ .Values.db.password | b64enc }}\n  existingSecret: db-credentials\n  passwordFile: /run/secrets/db\n";
        Assert.Empty(TextSecretScanner.Scan("values.yaml", helm));
        var k8s = "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-secret\n        key: password\n";
        Assert.Empty(TextSecretScanner.Scan("deployment.yaml", k8s));
        Assert.Empty(TextSecretScanner.Scan("application.properties", "spring.datasource.password=${DB_PASSWORD}\nspring.datasource.username=app\n"));
        Assert.Empty(TextSecretScanner.Scan("Web.csproj", "<Project><PropertyGroup><UserSecretsId>aspnet-Web-1234</UserSecretsId></PropertyGroup></Project>"));
    }
    [Fact]
    public void A_workflow_secrets_leaf_naming_secrets_to_fetch_or_inherit_is_not_a_secret()
    {
        var names = "jobs:\n  publish:\n    steps:\n      - uses: acme/fetch-vault-secrets@v2\n        with:\n          vault: shared-kv\n"
                    + "          secrets: \"REGISTRY-TOKEN,SIGNING_KEY\"\n  release:\n    uses: ./.github/workflows/publish.yml\n    secrets: inherit\n";
        Assert.Empty(TextSecretScanner.Scan(".github/workflows/release.yml", names));

        // the same leaf holding a value is still reported, at the value
        var value = "      - uses: acme/fetch-vault-secrets@v2\n        with:\n          secrets: \"" + AlnumOf(20, 41) + "\"\n";
        var m = Assert.Single(TextSecretScanner.Scan(".github/workflows/release.yml", value));
        Assert.Equal("CMP1005", m.RuleId);
        Assert.Equal((3, 21), (m.StartLine, m.StartColumn));
    }

    [Fact]
    public void A_private_key_assigned_to_a_name_marked_as_fake_in_any_language_is_a_test_double()
    {
        var rust = "// pool of keys for generated test users\nconst TEST_FAKE_RSA_KEY_0: &str = \"" + PemPrivateKey(51) + "\";\n";
        Assert.Empty(TextSecretScanner.Scan("tools/seeder/src/keys.rs", rust));

        var real = "const DEPLOY_KEY: &str = \"" + PemPrivateKey(52) + "\";\n";
        var m = Assert.Single(TextSecretScanner.Scan("tools/deploy/src/keys.rs", real));
        Assert.Equal("CMP1003", m.RuleId);
        Assert.Equal((1, 27), (m.StartLine, m.StartColumn));
    }

    [Fact]
    public void A_connection_string_whose_password_is_an_instruction_to_set_one_is_not_a_secret()
    {
        var example = "{\n  \"sqlServer\": {\n    \"connectionString\": \"Server=localhost;Database=app_dev;User Id=SA;Password=SET_A_PASSWORD_HERE_123;\"\n  }\n}\n";
        Assert.Empty(TextSecretScanner.Scan("dev/secrets.json.example", example));
        var env = "CONN_STR: \"Host=localhost;Username=postgres;Password=SET_A_PASSWORD_HERE_123;Database=app\"\n";
        Assert.Empty(TextSecretScanner.Scan(".github/workflows/db.yml", env));
    }
}
