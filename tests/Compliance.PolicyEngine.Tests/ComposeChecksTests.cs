namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine.Checks.Compose;
using static YamlJsonTestKit;

public class ComposeChecksTests
{
    [Fact]
    public void MergeKeyFindingPointsInsideTheAnchor()
    {
        const string compose = """
            x-db: &db
              image: postgres:16
              ports:
                - "5432:5432"
            services:
              orders-db:
                <<: *db
              catalog-db:
                <<: *db
                ports:
                  - "127.0.0.1:5433:5432"
            """;
        Assert.Equal(["compose.yaml:4 CMP5107"], Hits(Scan(("compose.yaml", compose)), "CMP5107"));
    }

    [Fact]
    public void DevLocalAndOverrideFilesAreOutOfScopeButStillParsed()
    {
        const string db = "services:\n  db:\n    image: mysql:8\n    ports: [\"3306:3306\"]\n";
        var r = Scan(("docker-compose.override.yml", db), ("docker-compose.local.yml", db), ("docker-compose.dev.yaml", db), ("compose.yml", "services: [broken"));
        Assert.Equal(["compose.yml:1 CMP9001"], Hits(r));
    }

    [Fact]
    public void ContainerPortOnlyAndLongSyntaxWithoutHostIpBindAllInterfaces()
    {
        const string compose = """
            services:
              cache:
                image: bitnami/redis:7.4
                ports:
                  - target: 6379
                    published: "6379"
            """;
        Assert.Equal(["docker-compose.yml:5 CMP5107"], Hits(Scan(("docker-compose.yml", compose)), "CMP5107"));
    }

    [Theory]
    [InlineData("5432:5432", null)]
    [InlineData("6379", null)]
    [InlineData("127.0.0.1:5432:5432", "127.0.0.1")]
    [InlineData("0.0.0.0:5432:5432/tcp", "0.0.0.0")]
    [InlineData("[::1]:5432:5432", "::1")]
    public void ShortSyntaxHostAddress(string entry, string? host) => Assert.Equal(host, ComposeDataStorePortsCheck.HostIp(entry));

    [Fact]
    public void ComposeBackupServiceKeepingTooFewDaysIsReportedAtItsEnvironmentLine()
    {
        const string compose = """
            services:
              db:
                image: postgres:16
              backup:
                image: prodrigestivill/postgres-backup-local:16
                environment:
                  SCHEDULE: "@daily"
                  BACKUP_KEEP_DAYS: 3
            """;
        var hits = Hits(Scan(("docker-compose.yml", compose)), "CMP5401", "CMP5403", "CMP5404", "CMP5405");
        Assert.Equal(["docker-compose.yml:4 CMP5405", "docker-compose.yml:8 CMP5404"], hits.Order(StringComparer.Ordinal));
    }
}

public class ComposeBackupUploadTests
{
    [Fact]
    public void UploadTargetIsTheEndpointEntryNeverACredentialEntry()
    {
        var canary = "Cn" + Guid.NewGuid().ToString("N");
        var compose = $"""
            services:
              db:
                image: mysql:8.4
              backup:
                image: fradelg/mysql-cron-backup:latest
                environment:
                  - S3_SECRET_ACCESS_KEY={canary}
                  - CRON_TIME=0 3 * * *
                  - MAX_BACKUPS=30
                  - S3_ENDPOINT=https://oss-cn-shanghai.aliyuncs.com
            """;
        var r = YamlJsonTestKit.Scan(("docker-compose.yml", compose));
        Assert.Equal(["docker-compose.yml:10 CMP5405"], YamlJsonTestKit.Hits(r, "CMP5401", "CMP5402", "CMP5403", "CMP5404", "CMP5405"));
        Assert.All(r.Findings, f => Assert.DoesNotContain(canary, f.Message + f.Evidence + f.Anchor, StringComparison.Ordinal));
    }

    // Fifteenth session (fp11): a finding that rests on a plainly named Compose file being production (no backup, a
    // single-container database) is medium precision and says so; the same database in Kubernetes stays high, and
    // a finding that does not rest on it (a port published on all interfaces) keeps its catalog precision.
    [Fact]
    public void ComposeDatabaseFindingsSayTheyJudgedTheFileAsProductionAtMediumPrecision()
    {
        const string compose = "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
        var r = Scan(("docker/docker-compose.yml", compose));
        Assert.Equal(["docker/docker-compose.yml:1 CMP5401", "docker/docker-compose.yml:2 CMP5504"], Hits(r, "CMP5401", "CMP5504"));
        foreach (var f in r.Findings.Where(f => f.RuleId is "CMP5401" or "CMP5504"))
        {
            Assert.Equal("medium", f.Precision);
            Assert.EndsWith("(Judged a production deployment because neither the file's name nor its folders mark it as development, test or sample; name a local file docker-compose.dev.yml or docker-compose.local.yml, or set contexts: in compliance.yaml.)", f.Message);
            Assert.Contains("按生产部署判断", f.MessageZh);
        }

        Assert.Null(r.Findings.Single(f => f.RuleId == "CMP5107").Precision);
        Assert.Empty(Hits(Scan(("docker/docker-compose.dev.yml", compose)), "CMP5401", "CMP5504"));
    }

    // Sixteenth session (fp12): the file's own words — an app service in Development, a heading comment saying local
    // development (elsa-core, judged FP) — make the production reading a guess: low precision, the signal named. Context
    // (path segments, file names) is unchanged; a Production environment or an unrelated comment keeps medium.
    [Theory]
    [InlineData("services:\n  api:\n    image: elsa/server\n    environment:\n      ASPNETCORE_ENVIRONMENT: Development\n  db:\n    image: postgres:16\n",
        "docker/docker-compose.yml:6 CMP5504", "service 'api' sets ASPNETCORE_ENVIRONMENT=Development")]
    [InlineData("services:\n  api:\n    image: web\n    environment:\n      - NODE_ENV=development\n  db:\n    image: postgres:16\n",
        "docker/docker-compose.yml:6 CMP5504", "service 'api' sets NODE_ENV=development")]
    [InlineData("# These services are defined here for convenience only so that we can quickly start a given service for local development.\nservices:\n  db:\n    image: postgres:16\n",
        "docker/docker-compose.yml:3 CMP5504", "the comment heading the file says it is for local development")]
    public void ComposeDatabaseFindingsAreLowPrecisionWhenTheFileSaysItIsLocal(string compose, string ha, string signal)
    {
        var r = Scan(("docker/docker-compose.yml", compose));
        Assert.Equal(["docker/docker-compose.yml:1 CMP5401", ha], Hits(r, "CMP5401", "CMP5504"));
        foreach (var f in r.Findings.Where(f => f.RuleId is "CMP5401" or "CMP5504"))
        {
            Assert.Equal("low", f.Precision);
            Assert.EndsWith($"(Low precision: {signal}, so this reads as a local or trial setup, although neither the file's name nor its folders mark it as one; if it is deployed, add the database's backup and failover, else name it docker-compose.dev.yml or docker-compose.local.yml.)", f.Message);
            Assert.Contains("低精度", f.MessageZh);
            Assert.Null(f.Context); // precision, not context: severity stays
        }
    }

    [Theory]
    [InlineData("services:\n  api:\n    image: web\n    environment:\n      ASPNETCORE_ENVIRONMENT: Production\n  db:\n    image: postgres:16\n")]
    [InlineData("# Production stack. Start it with docker compose up -d.\nservices:\n  db:\n    image: postgres:16\n")]
    [InlineData("services:\n  db:\n    image: postgres:16\n# for local development, use docker-compose.dev.yml\n")]
    public void ComposeDatabaseFindingsKeepMediumPrecisionWithoutTheFilesOwnWord(string compose)
    {
        var r = Scan(("docker/docker-compose.yml", compose));
        Assert.All(r.Findings.Where(f => f.RuleId is "CMP5401" or "CMP5504"), f => Assert.Equal("medium", f.Precision));
        Assert.Equal(2, r.Findings.Count(f => f.RuleId is "CMP5401" or "CMP5504"));
    }

    [Fact]
    public void KubernetesDatabaseWithNoBackupKeepsItsCatalogPrecision()
    {
        const string k8s = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: db
                      image: postgres:16
            """;
        var missing = Scan(("deploy/db.yaml", k8s)).Findings.Single(f => f.RuleId == "CMP5401");
        Assert.Null(missing.Precision);
        Assert.DoesNotContain("Judged a production deployment", missing.Message);
    }
}
