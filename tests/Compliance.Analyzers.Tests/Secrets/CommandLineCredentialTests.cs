namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Passwords written on a command line where the tool's flag names them (sshpass -p, redis-cli -a, mysql -p…, sqlcmd -P,
/// ConvertTo-SecureString … -AsPlainText, curl -u user:…, a curl form field client_secret=…), in scripts, a Jenkinsfile
/// and a CI workflow. Fixtures are a ferry operator's deployment. Decoys: variables, CI secret references, a prompt
/// (mysql -p with a blank), docker's -p port mapping, placeholders.
/// </summary>
public class CommandLineCredentialTests
{
    [Fact]
    public void Tool_password_flags_in_a_shell_script_are_reported()
    {
        var redis = Password(1601);
        var mysql = Password(1602);
        var secret = "prov_" + AlnumOf(16, 1603);
        var curlPwd = Password(1604);
        var sh = "#!/bin/bash\nset -e\n"
                 + "redis-cli -h 10.30.2.9 -a '" + redis + "' --rdb /backup/lockers.rdb\n"
                 + "mysqldump -h db -uferry -p'" + mysql + "' ferry > /backup/ferry.sql\n"
                 + "TOKEN=$(curl -s -X POST \"$API/auth/token\" \\\n  -d \"client_id=provisioner\" \\\n  -d \"client_secret=" + secret + "\" | jq -r .access_token)\n"
                 + "curl -s -u ops:" + curlPwd + " https://nas.example.cn/api/status\n"
                 // decoys
                 + "redis-cli -h 10.30.2.9 -a \"$REDIS_PASSWORD\" ping\n"
                 + "mysql -h db -uferry -p ferry < schema.sql\n"
                 + "docker run --name mysql -p 3306:3306 -d mysql:8; curl -s -u elastic:elastic http://localhost:9200/\n"
                 + "curl -s -d \"client_secret=${CLIENT_SECRET}\" -d \"password=your_password\" https://api.example.cn/token\n"
                 + "# sshpass -p '" + Password(1605) + "' ssh ops@old-host\n";
        var found = TextSecretScanner.Scan("deploy/scripts/backup.sh", sh);
        Assert.Equal(5, found.Count);
        AssertAt(found[0], "CMP1003", At(sh, 3, redis), redis.Length);
        AssertAt(found[1], "CMP1003", At(sh, 4, mysql), mysql.Length);
        AssertAt(found[2], "CMP1003", At(sh, 7, secret), secret.Length);
        AssertAt(found[3], "CMP1003", At(sh, 8, curlPwd), curlPwd.Length);
        Assert.Null(found[0].Precision);
        Assert.Equal(13, found[4].StartLine);
        Assert.Equal("low", found[4].Precision); // commented out
        AssertNoLeak(found, redis, mysql, secret, curlPwd);
    }

    [Fact]
    public void Sshpass_in_a_jenkinsfile_and_a_workflow_and_a_powershell_secure_string_are_reported()
    {
        var jenkinsPwd = Password(1611);
        var jenkins = "pipeline {\n  stages {\n    stage('Deploy') {\n      steps {\n        sh 'sshpass -p \"" + jenkinsPwd + "\" ssh deploy@10.30.0.5 \"systemctl restart ferry\"'\n"
                      + "        sh 'sshpass -p \"$DEPLOY_PASS\" ssh deploy@10.30.0.6 uptime'\n      }\n    }\n  }\n}\n";
        var j = TextSecretScanner.Scan("Jenkinsfile", jenkins);
        AssertAt(Assert.Single(j), "CMP1003", At(jenkins, 5, jenkinsPwd), jenkinsPwd.Length);

        var bastion = Password(1612);
        var workflow = "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Deploy\n        run: |\n          sshpass -p '" + bastion + "' ssh -p 22022 ops@bastion.example.cn \"helm upgrade ferry ./chart\"\n"
                       + "          sshpass -p '${{ secrets.BASTION_PASSWORD }}' ssh ops@bastion.example.cn uptime\n";
        var w = TextSecretScanner.Scan(".github/workflows/deploy.yml", workflow);
        var wm = Assert.Single(w);
        Assert.Equal(7, wm.StartLine);
        Assert.Equal(At(workflow, 7, bastion).Column, wm.StartColumn);

        var deployPwd = Password(1613);
        var ps = "$deployUser = \"FERRY\\svc_deploy\"\n$deployPass = ConvertTo-SecureString \"" + deployPwd + "\" -AsPlainText -Force\n"
                 + "$fromVault = ConvertTo-SecureString $env:DEPLOY_PASS -AsPlainText -Force\n$prompted = Read-Host -AsSecureString\n";
        var p = TextSecretScanner.Scan("deploy/scripts/deploy-ferry.ps1", ps);
        AssertAt(Assert.Single(p), "CMP1003", At(ps, 2, deployPwd), deployPwd.Length);
        AssertNoLeak(j.Concat(w).Concat(p), jenkinsPwd, bastion, deployPwd);
    }

    [Fact]
    public void A_how_to_page_example_is_low_precision()
    {
        var md = "# Restore\n\n```\nredis-cli -h localhost -a '" + Password(1621) + "' --rdb dump.rdb\n```\n";
        var m = Assert.Single(TextSecretScanner.Scan("docs/restore.md", md));
        Assert.Equal("low", m.Precision);
    }

    [Fact]
    public void The_keyword_prefilter_keeps_every_spelling_the_shapes_match()
    {
        // Fifteenth session (cost11): a shape is matched only when one of its words occurs; the words of the case-blind
        // shapes are compared case-blind, so lower-case PowerShell and an upper-case form field still reach their regex.
        var ps = Password(1631);
        var key = "k_" + AlnumOf(18, 1632);
        var sql = Password(1633);
        var text = "$p = convertto-securestring '" + ps + "' -asplaintext -force\n"
                   + "curl -s --DATA \"API_KEY=" + key + "\" https://api.example.cn/hook\n"
                   + "bcp ferry.dbo.tickets out t.dat -S db -U sa -P " + sql + "\n";
        var found = CommandLineCredentials.FindAll(text).OrderBy(c => c.Index).ToList();
        Assert.Equal(3, found.Count);
        Assert.Equal((text.IndexOf(ps, StringComparison.Ordinal), ps.Length, "password"), found[0]);
        Assert.Equal((text.IndexOf(key, StringComparison.Ordinal), key.Length, "secret"), found[1]);
        Assert.Equal((text.IndexOf(sql, StringComparison.Ordinal), sql.Length, "password"), found[2]);
    }

    [Fact]
    public void A_block_naming_no_tool_is_silent()
    {
        // decoys: flags that look like the tools' (-p, -a, -P) on other commands, and a form field named for nothing secret
        var text = "docker run -p '" + Password(1641) + "' -a stdout ferry:latest\n"
                   + "robocopy src dst /MIR -P " + Password(1642) + "\n"
                   + "wget --post-data \"token_type=" + AlnumOf(18, 1643) + "\" -d https://example.cn\n";
        Assert.Empty(CommandLineCredentials.FindAll(text));
    }
}
