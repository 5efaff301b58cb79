namespace Compliance.Analyzers.Tests.Secrets;

using System.Text;
using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Secrets in files the text scanner read without judging them before (issue 14, sixth held-out corpus's misses as
/// classes): a key pair's "secret key", log4net-style &lt;password value="…"/&gt;, typed credentials in an identity
/// server's export, Authorization header literals in proxy configs and scripts, Terraform and shell assignments.
/// Fixtures are a tram depot's systems, generated at test time.
/// </summary>
public class ConfigTextRecallTests
{
    [Fact]
    public void A_secret_key_setting_is_the_secret_half_of_a_key_pair()
    {
        var secret = AlnumOf(32, 1201);
        var xml = "<configuration>\n  <appSettings>\n    <add key=\"TramCam:AccessKey\" value=\"depotcam\" />\n"
                  + "    <add key=\"TramCam:SecretKey\" value=\"" + secret + "\" />\n"
                  + "    <add key=\"TramCam:SecretKeyName\" value=\"" + AlnumOf(12, 1202) + "\" />\n"
                  + "    <add key=\"Cache:PasswordKey\" value=\"" + AlnumOf(20, 1203) + "\" />\n"
                  + "  </appSettings>\n</configuration>\n";
        var found = TextSecretScanner.Scan("Depot.Web/Web.config", xml);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1005", At(xml, 4, secret), secret.Length);
        Assert.Equal("add:TramCam:SecretKey", m.Anchor);
        AssertNoLeak(found, secret);

        var env = "MINIO_ACCESS_KEY=depotcam\nMINIO_SECRET_KEY=" + secret + "\nAWS_SECRET_ACCESS_KEY=" + AwsSecret(1204) + "\n";
        Assert.Equal("MINIO_SECRET_KEY|AWS_SECRET_ACCESS_KEY", string.Join("|", TextSecretScanner.Scan("deploy/.env", env).Select(f => f.Anchor)));
    }

    [Fact]
    public void A_key_setting_holding_vendor_issued_hex_is_a_credential()
    {
        var userKey = HexOf(32, 1250);
        var webKey = HexOf(40, 1251);
        var json = "{\n  \"TramPlatform\": {\n    \"UserCode\": \"DEPOT-07\",\n    \"UserKey\": \"" + userKey + "\"\n  },\n"
                   + "  \"Maps\": { \"WebKey\": \"" + webKey + "\" },\n"
                   + "  \"DingTalk\": { \"AppKey\": \"" + HexOf(32, 1252) + "\" },\n"
                   + "  \"Cache\": { \"CacheKey\": \"" + HexOf(32, 1253) + "\", \"RouteKey\": \"depot-north-line-07\" },\n"
                   + "  \"Telemetry\": { \"InstrumentationKey\": \"" + Uuid(1254) + "\", \"UserKey\": \"" + HexOf(16, 1255) + "\" }\n}\n";
        var found = TextSecretScanner.Scan("Depot.Worker/appsettings.json", json);
        Assert.Equal(2, found.Count);
        AssertAt(found[0], "CMP1005", At(json, 4, userKey), userKey.Length);
        Assert.Equal("TramPlatform:UserKey", found[0].Anchor);
        AssertAt(found[1], "CMP1005", At(json, 6, webKey), webKey.Length);
        AssertNoLeak(found, userKey, webKey);
    }

    [Fact]
    public void A_log4net_element_named_password_holds_its_value()
    {
        var pwd = Password(1210);
        var xml = "<log4net>\n  <appender name=\"FaultMail\" type=\"log4net.Appender.SmtpAppender\">\n"
                  + "    <smtpHost value=\"smtp.depot.example\" />\n    <username value=\"depot-alerts@depot.example\" />\n"
                  + "    <password value=\"" + pwd + "\" />\n"
                  + "    <authentication value=\"Basic\" />\n  </appender>\n"
                  + "  <appender name=\"Spare\" type=\"log4net.Appender.SmtpAppender\">\n    <password value=\"${SMTP_PASSWORD}\" />\n  </appender>\n</log4net>\n";
        var found = TextSecretScanner.Scan("Depot.Worker/log4net.config", xml);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1005", At(xml, 5, pwd), pwd.Length);
        Assert.Equal("password@value", m.Anchor);
        AssertNoLeak(found, pwd);
    }

    [Fact]
    public void A_typed_credential_in_an_identity_export_is_read_by_its_type()
    {
        var pwd = Password(1220);
        var json = "{\n  \"realm\": \"depot\",\n  \"users\": [\n    {\n      \"username\": \"depot-admin\",\n"
                   + "      \"credentials\": [ { \"type\": \"password\", \"value\": \"" + pwd + "\", \"temporary\": false } ]\n    },\n"
                   + "    {\n      \"username\": \"shift-lead\",\n"
                   + "      \"credentials\": [ { \"type\": \"otp\", \"value\": \"" + AlnumOf(20, 1221) + "\" },\n"
                   + "                       { \"type\": \"password\", \"value\": \"${SHIFT_LEAD_PASSWORD}\" } ]\n    }\n  ],\n"
                   + "  \"attributes\": [ { \"type\": \"display\", \"value\": \"" + AlnumOf(16, 1223) + "\" } ]\n}\n";
        var found = TextSecretScanner.Scan("keycloak/realm-export.json", json);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1005", At(json, 6, pwd), pwd.Length);
        Assert.Equal("users:0:credentials:0:value", m.Anchor);
        AssertNoLeak(found, pwd);
    }

    [Fact]
    public void Authorization_header_literals_in_a_proxy_config_are_reported()
    {
        var pwd = Password(1230);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("recorder:" + pwd));
        var bearer = AlnumOf(40, 1231);
        var conf = "server {\n    location /recordings/ {\n        proxy_set_header Authorization \"Basic " + basic + "\";\n        proxy_pass http://10.0.0.4:9000/;\n    }\n"
                   + "    location /timetable/ {\n        proxy_set_header Authorization \"Bearer " + bearer + "\";\n    }\n"
                   + "    location /a/ { proxy_set_header Authorization \"Basic $depot_basic\"; }\n"
                   + "    location /b/ { proxy_set_header Authorization $http_authorization; }\n"
                   + "    location /c/ { proxy_set_header Authorization \"Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("username:password")) + "\"; }\n"
                   + "    location /d/ { proxy_set_header Authorization \"Bearer " + new string('x', 24) + "\"; }\n"
                   + "    # proxy_set_header Authorization \"Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("old:" + Password(1232))) + "\";\n}\n";
        var found = TextSecretScanner.Scan("deploy/nginx/depot.conf", conf);
        Assert.Equal(3, found.Count);
        AssertAt(found[0], "CMP1003", At(conf, 3, basic), basic.Length);
        Assert.Equal("medium", found[0].Precision);
        AssertAt(found[1], "CMP1003", At(conf, 7, bearer), bearer.Length);
        Assert.Equal("medium", found[1].Precision);
        Assert.Equal(13, found[2].StartLine);
        Assert.Equal("low", found[2].Precision); // commented out
        AssertNoLeak(found, basic, pwd, bearer);
    }

    [Fact]
    public void A_request_header_compared_with_a_random_literal_in_nginx_is_a_shared_key()
    {
        var key = HexOf(32, 1235);
        var conf = "server {\n    location /depot/gate {\n        if ($http_x_gate_key != \"" + key + "\") {\n            return 403;\n        }\n    }\n"
                   + "    location /ws/ { if ($http_upgrade = \"websocket\") { return 426; } }\n"
                   + "    location /lane/ { if ($http_x_lane_token != \"depot-north-line\") { return 403; } }\n"
                   + "    location /cam/ { if ($http_x_camera_model = \"" + HexOf(32, 1236) + "\") { return 403; } }\n}\n";
        var found = TextSecretScanner.Scan("deploy/nginx/gate.conf", conf);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1003", At(conf, 3, key), key.Length);
        Assert.Equal("medium", m.Precision);
        AssertNoLeak(found, key);
    }

    [Fact]
    public void Terraform_and_shell_assignments_are_read_as_settings()
    {
        var redis = Password(1240);
        var tf = "resource \"alicloud_kvstore_instance\" \"depot\" {\n  instance_class = \"redis.master.small.default\"\n  password       = \"" + redis + "\"\n}\n"
                 + "resource \"alicloud_db_account\" \"app\" {\n  account_password = var.db_password\n  password_length  = 16\n}\n"
                 + "variable \"db_password\" {\n  default = \"\"\n}\n"
                 // expressions, not literals: a function call over secret references, an interpolation
                 + "locals {\n  secrets = concat(local.app_auth_secrets, var.extra_secrets)\n  api_token = \"${var.token_prefix}${random_password.api.result}\"\n}\n";
        var found = TextSecretScanner.Scan("deploy/terraform/main.tf", tf);
        var m = Assert.Single(found);
        AssertAt(m, "CMP1005", At(tf, 3, redis), redis.Length);
        AssertNoLeak(found, redis);

        var token = AlnumOf(36, 1241);
        var db = Password(1242);
        var kiosk = Password(1244);
        var sh = "#!/usr/bin/env bash\nset -euo pipefail\nRELEASE_TOKEN=\"${RELEASE_TOKEN:-" + token + "}\"\nexport DEPOT_DB_PASSWORD=" + db + "\n"
                 + "ADMIN_PASSWORD=\"$1\"\nSIGNING_TOKEN=\"${SIGNING_TOKEN:?set it}\"\n# export OLD_PASSWORD=" + Password(1243) + "\nVERSION=\"${1:-dev}\"\n"
                 + "KIOSK_PASSWORD=" + kiosk + " DEPOT_SUPPRESS_WELCOME=true npx playwright test\n"
                 // built at run time: a variable expansion, a command substitution
                 + "token=\"$token$char\"\nDB_SECRET=$(cat /run/secrets/db)\n";
        var shFound = TextSecretScanner.Scan("scripts/publish-depot.sh", sh);
        Assert.Equal(3, shFound.Count);
        // an unquoted value ends at the first blank (the rest of the line is the command it is set for)
        AssertAt(shFound[2], "CMP1005", At(sh, 9, kiosk), kiosk.Length);
        AssertAt(shFound[0], "CMP1005", At(sh, 3, token), token.Length);
        Assert.Equal("RELEASE_TOKEN", shFound[0].Anchor);
        AssertAt(shFound[1], "CMP1005", At(sh, 4, db), db.Length);
        Assert.Equal("DEPOT_DB_PASSWORD", shFound[1].Anchor);
        AssertNoLeak(shFound, token, db, kiosk);
    }
    // Fifteenth session (hashsecreal): "PassWord" is "password" written as two words (CoreShop's Hangfire dashboard
    // login); so are passWd and Pass_Word. Hints, lengths and an empty value stay silent, as for "Password".
    [Fact]
    public void A_password_key_written_as_two_words_is_a_password()
    {
        var pwd = AlnumOf(14, 1501);
        var json = "{\n  \"HangFire\": {\n    \"Login\": \"depot\",\n    \"PassWord\": \"TramDepot\"\n  },\n"
                   + "  \"Ftp\": { \"passWd\": \"" + pwd + "\" },\n"
                   + "  \"Smtp\": { \"PassWord\": \"\", \"PassWordLength\": \"12\", \"PassWordHint\": \"tram name\" },\n"
                   + "  \"Ticket\": { \"SeasonPass\": \"gold-yearly\", \"PassWords\": \"${FTP_PASSWORDS}\" }\n}\n";
        var found = TextSecretScanner.Scan("Depot.Web/appsettings.json", json);
        Assert.Equal(2, found.Count);
        AssertAt(found[0], "CMP1005", At(json, 4, "TramDepot"), "TramDepot".Length);
        Assert.Equal("HangFire:PassWord", found[0].Anchor);
        AssertAt(found[1], "CMP1005", At(json, 6, pwd), pwd.Length);
        Assert.Equal("Ftp:passWd", found[1].Anchor);
        AssertNoLeak(found, pwd, "TramDepot");
    }
}
