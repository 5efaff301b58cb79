namespace Compliance.PolicyEngine.Checks.Backup;

using System.Text.RegularExpressions;
using Compliance.PolicyEngine.Compose;
using Compliance.PolicyEngine.Documents;
using Compliance.PolicyEngine.Kubernetes;
using Compliance.Rules.Model;

/// <summary>
/// CMP5401–CMP5406: every database of the scan must be covered by an adequate backup definition
/// (Velero Schedule, dump CronJob, CloudNativePG ScheduledBackup, Compose backup service):
/// active, including the data, at least daily, kept ≥ 7 days, and off-site (policy-defaults §4 backup).
/// </summary>
public sealed partial class BackupCoverageCheck : IPolicyCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["CMP5401", "CMP5402", "CMP5403", "CMP5404", "CMP5405", "CMP5406"];

    private sealed record Database(string File, string Display, string DisplayZh, string Engine, K8sObject? K8s, ComposeService? Compose);

    private sealed class BackupDef
    {
        public required string File { get; init; }
        /// <summary>Line of the definition (the Kubernetes kind: line, the Compose service key): where an observation points.</summary>
        public int Line { get; init; } = 1;
        public required Func<Database, bool> Covers { get; init; }
        public List<(Finding Finding, string DocKey)> Failures { get; } = [];
        public List<string> Files { get; } = [];
    }

    public void Run(DocumentSet documents, PolicyReport report)
    {
        var index = ConfigIndex.Of(documents);
        var k8s = index.Kubernetes;
        var ctx = new Ctx(documents, report.Options.MinBackupRetentionDays, BackupRules.ClusterRegion(k8s));

        var dbs = DataStores.Databases(k8s).Select(d => new Database(d.Obj.File, d.Obj.Display, d.Obj.DisplayZh(), d.Engine, d.Obj, null))
            .Concat(index.Compose.SelectMany(f => f.Services)
                .Where(s => DataStores.DatabaseEngine(s.Image) is not null)
                .Select(s => new Database(s.File.File, $"Compose service '{s.Name}'", $"Compose 服务 '{s.Name}'", DataStores.DatabaseEngine(s.Image)!, null, s)))
            .ToList();

        var defs = new List<BackupDef>();
        foreach (var o in k8s)
        {
            if (o.Is("Schedule", "velero.io")) defs.Add(Velero(o, k8s, ctx));
            else if (o.Is("ScheduledBackup", "postgresql.cnpg.io")) defs.Add(Cnpg(o, k8s, ctx));
            else if (o.Kind == "CronJob" && DumpEngine(o) is { } engine) defs.Add(CronJob(o, engine, ctx));
        }
        foreach (var svc in index.Compose.SelectMany(f => f.Services).Where(IsComposeBackup)) defs.Add(ComposeBackup(svc, ctx));

        foreach (var f in dbs.Select(d => d.File).Concat(defs.SelectMany(d => d.Files))) report.Examined(Themes.Backup, f);

        var buffer = new FindingBuffer();
        var judged = new HashSet<BackupDef>();
        if (dbs.Count == 0) judged.UnionWith(defs); // judged as if they covered a database
        foreach (var db in dbs)
        {
            var covering = defs.Where(d => d.Covers(db)).ToList();
            if (covering.Count == 0)
            {
                var missing = DocFindings.At("CMP5401", db.File, 1, 1,
                    $"{db.Display} ({db.Engine}) has no backup: no Velero Schedule, dump CronJob, CloudNativePG ScheduledBackup or Compose backup service covers it; add a daily backup kept at least 7 days with a copy in another region.",
                    db.K8s?.Anchor("backup") ?? db.Compose!.Anchor("backup")).Zh(
                    $"{db.DisplayZh}（{db.Engine}）没有备份：没有任何 Velero Schedule、备份 CronJob、CloudNativePG ScheduledBackup 或 Compose 备份服务覆盖它；请配置每日备份，保留至少 7 天，并在另一地域保存副本。");
                buffer.Add(db.Compose is null ? missing : ComposeProduction.Judged(missing, db.Compose.File));
                continue;
            }
            if (covering.FirstOrDefault(d => d.Failures.Count == 0) is { } adequate)
            {
                // A schedule covering a database that passes every backup rule: positive evidence for each of them.
                foreach (var rule in RuleIds) report.Observe(rule, adequate.File, adequate.Line);
                continue; // one adequate definition: the others are not judged
            }
            judged.UnionWith(covering);
        }
        foreach (var def in judged)
            foreach (var (f, doc) in def.Failures) buffer.Add(f, doc);
        buffer.FlushTo(report);
    }

    private sealed record Ctx(DocumentSet Set, int MinDays, string? ClusterRegion)
    {
        /// <summary>The first line at or after <paramref name="from"/> containing <paramref name="needle"/> (a line inside a block scalar).</summary>
        public int LineOf(string file, int from, string needle)
        {
            if (!Set.ByPath.TryGetValue(file, out var cf)) return from;
            var lines = cf.Text.Split('\n');
            for (var i = Math.Max(0, from - 1); i < lines.Length; i++)
                if (lines[i].Contains(needle, StringComparison.Ordinal)) return i + 1;
            return from;
        }
    }

    private static Finding F(string rule, string file, int line, int col, string message, string anchor) => DocFindings.At(rule, file, line, col, message, anchor);

    // ---------------------------------------------------------------- Velero
    private static BackupDef Velero(K8sObject s, IReadOnlyList<K8sObject> all, Ctx ctx)
    {
        var tpl = s.Spec?.Map("template");
        var inc = tpl?["includedNamespaces"].Strings().ToList() ?? [];
        var exc = tpl?["excludedNamespaces"].Strings().ToList() ?? [];
        var def = new BackupDef
        {
            File = s.File,
            Line = s.KindLine,
            Covers = db => db.K8s is { } o && (inc.Count == 0 || inc.Contains("*") || inc.Contains(o.Namespace)) && !exc.Contains(o.Namespace),
        };
        def.Files.Add(s.File);
        var doc = s.DocIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (s.Spec?.Entry("paused") is { Value: ScalarNode p } pe && p.AsLooseBool() == true)
            def.Failures.Add((F("CMP5402", s.File, pe.Key.Line, pe.Key.Column, $"Velero {s.Display} is paused, so no backup runs; remove 'paused: true'.", s.Anchor("spec.paused"))
                .Zh($"Velero {s.DisplayZh()} 已暂停（paused），不会执行任何备份；请删除 'paused: true'。"), doc));
        if (tpl?.Entry("snapshotVolumes") is { Value: ScalarNode sv } sve && sv.AsLooseBool() == false && tpl.Scalar("defaultVolumesToFsBackup")?.AsLooseBool() != true)
            def.Failures.Add((F("CMP5406", s.File, sve.Key.Line, sve.Key.Column, $"Velero {s.Display} has snapshotVolumes: false without defaultVolumesToFsBackup: true, so the database's volume data is not backed up; enable one of them.", s.Anchor("spec.template.snapshotVolumes"))
                .Zh($"Velero {s.DisplayZh()} 设置了 snapshotVolumes: false 且未设置 defaultVolumesToFsBackup: true，数据库卷中的数据没有被备份；请启用其中一项。"), doc));
        AddSchedule(def, s, s.Spec?.Entry("schedule"), withSeconds: false, doc);
        if (tpl?.Entry("ttl") is { Value: ScalarNode ttl } ttle && BackupRules.GoDuration(ttl.Value) is { } d && d < TimeSpan.FromDays(ctx.MinDays))
            def.Failures.Add((F("CMP5404", s.File, ttle.Key.Line, ttle.Key.Column, $"Velero {s.Display} keeps backups for {d.TotalHours:0.#}h, less than {ctx.MinDays} days; set ttl to at least {ctx.MinDays * 24}h.", s.Anchor("spec.template.ttl"))
                .Zh($"Velero {s.DisplayZh()} 的备份只保留 {d.TotalHours:0.#}h，少于 {ctx.MinDays} 天；请将 ttl 设为至少 {ctx.MinDays * 24}h。"), doc));

        var bsls = all.Where(o => o.Is("BackupStorageLocation", "velero.io")).ToList();
        var name = tpl?.Str("storageLocation");
        var bsl = name is not null ? bsls.FirstOrDefault(b => b.Name == name) : bsls.FirstOrDefault(b => b.Spec?.Scalar("default")?.AsLooseBool() == true);
        if (bsl is null)
        {
            def.Failures.Add((F("CMP5405", s.File, s.KindLine, 1, $"Velero {s.Display}: no BackupStorageLocation{(name is null ? " marked default" : $" named '{name}'")} is in the scan, so no off-site copy is shown; add one in another region.", s.Anchor("spec.template.storageLocation"))
                .Zh($"Velero {s.DisplayZh()}：扫描范围内没有{(name is null ? "标记为 default 的" : $"名为 '{name}' 的")} BackupStorageLocation，无法证明存在异地副本；请在另一地域添加一个。"), doc));
            return def;
        }
        def.Files.Add(bsl.File);
        var cfg = bsl.Spec?.Map("config");
        var s3 = cfg?.Entry("s3Url");
        var regionEntry = cfg?.Entry("region");
        var bslDoc = bsl.DocIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (s3?.Value is ScalarNode url && BackupRules.IsInClusterEndpoint(url.Value))
        {
            def.Failures.Add((F("CMP5405", bsl.File, s3.Key.Line, s3.Key.Column, $"BackupStorageLocation {bsl.Namespace}/{bsl.Name} writes to object storage inside the cluster, which is not off-site; use object storage in another region.", bsl.Anchor("spec.config.s3Url"))
                .Zh($"BackupStorageLocation {bsl.Namespace}/{bsl.Name} 写入集群内部的对象存储，不属于异地备份；请使用另一地域的对象存储。"), bslDoc));
            return def;
        }
        var target = (regionEntry?.Value as ScalarNode)?.Value ?? BackupRules.RegionOfEndpoint((s3?.Value as ScalarNode)?.Value);
        var at = regionEntry?.Key ?? s3?.Key;
        OffSite(def, target, ctx.ClusterRegion, bsl.File, at?.Line ?? bsl.KindLine, at?.Column ?? 1, $"BackupStorageLocation {bsl.Namespace}/{bsl.Name}", $"BackupStorageLocation {bsl.Namespace}/{bsl.Name}", bsl.Anchor("spec.config.region"), bslDoc);
        return def;
    }

    private static void OffSite(BackupDef def, string? target, string? cluster, string file, int line, int col, string what, string whatZh, string anchor, string doc)
    {
        string? why = target is null ? "its region cannot be determined"
            : cluster is null ? "the cluster's region cannot be determined (no VolumeSnapshotLocation region or topology region/zone label)"
            : string.Equals(target, cluster, StringComparison.OrdinalIgnoreCase) ? $"it is in the cluster's own region ({cluster})"
            : null;
        string? whyZh = target is null ? "无法确定其所在地域"
            : cluster is null ? "无法确定集群所在地域（没有 VolumeSnapshotLocation 的 region，也没有 topology 地域/可用区标签）"
            : $"它与集群位于同一地域（{cluster}）";
        if (why is not null)
            def.Failures.Add((F("CMP5405", file, line, col, $"{what} is not shown to be off-site: {why}; store a copy in object storage of another region and state the region.", anchor)
                .Zh($"无法证明 {whatZh} 是异地备份：{whyZh}；请在另一地域的对象存储中保存副本，并注明地域。"), doc));
    }

    private static void AddSchedule(BackupDef def, K8sObject o, MapEntry? entry, bool withSeconds, string doc)
    {
        var value = (entry?.Value as ScalarNode)?.Value;
        if (BackupRules.IsAtLeastDaily(value, withSeconds)) return;
        def.Failures.Add((F("CMP5403", o.File, entry?.Key.Line ?? o.KindLine, entry?.Key.Column ?? 1,
            $"{o.Display} {(value is null ? "has no schedule" : $"runs on schedule '{value}', which is not at least daily")}; back up at least once a day.", o.Anchor("spec.schedule"))
            .Zh($"{o.DisplayZh()} {(value is null ? "未设置备份计划（schedule）" : $"的备份计划为 '{value}'，低于每日一次")}；请至少每天备份一次。"), doc));
    }

    // ---------------------------------------------------------------- CloudNativePG
    private static BackupDef Cnpg(K8sObject sb, IReadOnlyList<K8sObject> all, Ctx ctx)
    {
        var clusterName = sb.Spec.At("cluster", "name") is ScalarNode { IsNull: false } n ? n.Value : null;
        var cluster = all.FirstOrDefault(o => DataStores.IsCnpgCluster(o) && o.Name == clusterName && o.Namespace == sb.Namespace);
        var def = new BackupDef { File = sb.File, Line = sb.KindLine, Covers = db => cluster is not null && ReferenceEquals(db.K8s, cluster) };
        def.Files.Add(sb.File);
        var doc = sb.DocIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (sb.Spec?.Entry("suspend") is { Value: ScalarNode sp } spe && sp.AsLooseBool() == true)
            def.Failures.Add((F("CMP5402", sb.File, spe.Key.Line, spe.Key.Column, $"{sb.Display} is suspended, so no backup runs; remove 'suspend: true'.", sb.Anchor("spec.suspend"))
                .Zh($"{sb.DisplayZh()} 已挂起（suspend），不会执行任何备份；请删除 'suspend: true'。"), doc));
        AddSchedule(def, sb, sb.Spec?.Entry("schedule"), withSeconds: true, doc);
        var backup = cluster?.Spec?.Map("backup");
        var cdoc = cluster?.DocIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? doc;
        if (cluster is not null) def.Files.Add(cluster.File);
        if (backup?.Entry("retentionPolicy") is { Value: ScalarNode rp } rpe && BackupRules.RetentionDays(rp.Value) is { } days && days < ctx.MinDays)
            def.Failures.Add((F("CMP5404", cluster!.File, rpe.Key.Line, rpe.Key.Column, $"{cluster.Display} keeps backups for {days:0.#} days (retentionPolicy), less than {ctx.MinDays}; set retentionPolicy to at least \"{ctx.MinDays}d\".", cluster.Anchor("spec.backup.retentionPolicy"))
                .Zh($"{cluster.DisplayZh()} 的备份只保留 {days:0.#} 天（retentionPolicy），少于 {ctx.MinDays} 天；请将 retentionPolicy 设为至少 \"{ctx.MinDays}d\"。"), cdoc));
        var store = backup?.Map("barmanObjectStore");
        if (store is null || sb.Spec?.Str("method") == "volumeSnapshot")
        {
            def.Failures.Add((F("CMP5405", sb.File, sb.KindLine, 1, $"{sb.Display} does not write to object storage (no barmanObjectStore on its cluster, or volume snapshots), so no off-site copy exists; configure spec.backup.barmanObjectStore in another region.", sb.Anchor("offsite"))
                .Zh($"{sb.DisplayZh()} 未写入对象存储（其集群未配置 barmanObjectStore，或使用卷快照），不存在异地副本；请在另一地域配置 spec.backup.barmanObjectStore。"), doc));
            return def;
        }
        var endpoint = store.Entry("endpointURL");
        var dest = store.Entry("destinationPath");
        if (endpoint?.Value is ScalarNode ep && BackupRules.IsInClusterEndpoint(ep.Value))
        {
            def.Failures.Add((F("CMP5405", cluster!.File, endpoint.Key.Line, endpoint.Key.Column, $"{cluster.Display} stores backups in object storage inside the cluster (endpointURL), which is not off-site; use object storage in another region.", cluster.Anchor("spec.backup.barmanObjectStore.endpointURL"))
                .Zh($"{cluster.DisplayZh()} 把备份存放在集群内部的对象存储（endpointURL），不属于异地备份；请使用另一地域的对象存储。"), cdoc));
            return def;
        }
        var target = BackupRules.RegionOfEndpoint((endpoint?.Value as ScalarNode)?.Value) ?? BackupRules.RegionOfEndpoint((dest?.Value as ScalarNode)?.Value);
        var at = endpoint?.Key ?? dest?.Key;
        OffSite(def, target, ctx.ClusterRegion, cluster!.File, at?.Line ?? cluster.KindLine, at?.Column ?? 1, $"{cluster.Display}'s barmanObjectStore", $"{cluster.DisplayZh()} 的 barmanObjectStore", cluster.Anchor("spec.backup.barmanObjectStore"), cdoc);
        return def;
    }

    // ---------------------------------------------------------------- dump CronJob
    [GeneratedRegex(@"\b(pg_dumpall|pg_dump|pg_basebackup|mysqldump|mariadb-dump|xtrabackup|mongodump)\b")]
    private static partial Regex DumpTool();

    [GeneratedRegex(@"-mtime\s+\+?(\d+)")]
    private static partial Regex Mtime();

    [GeneratedRegex(@"--region[ =]+([A-Za-z0-9-]+)")]
    private static partial Regex RegionFlag();

    [GeneratedRegex(@"\b(aws\s+s3|ossutil(64)?|s3cmd|mc\s+(cp|mirror)|rclone|coscmd|coscli|gsutil|azcopy)\b")]
    private static partial Regex UploadTool();

    [GeneratedRegex(@"https?://[^\s""']+")]
    private static partial Regex Url();

    private static IEnumerable<ScalarNode> CommandScalars(K8sObject o) =>
        o.Containers.SelectMany(c => new[] { c["command"], c["args"] }.SelectMany(Scalars)
            .Concat(c.Seq("env").Maps().Select(e => e.Scalar("value")).OfType<ScalarNode>()));

    private static IEnumerable<ScalarNode> Scalars(DocNode? n) => n switch
    {
        ScalarNode { IsNull: false } s => [s],
        SeqNode q => q.Items.OfType<ScalarNode>().Where(x => !x.IsNull),
        _ => [],
    };

    private static string? DumpEngine(K8sObject o)
    {
        foreach (var s in CommandScalars(o))
            if (DumpTool().Match(s.Value) is { Success: true } m)
                return m.Value switch { "mongodump" => "mongodb", "mysqldump" or "mariadb-dump" or "xtrabackup" => "mysql", _ => "postgresql" };
        return null;
    }

    private static BackupDef CronJob(K8sObject cj, string engine, Ctx ctx)
    {
        var def = new BackupDef { File = cj.File, Line = cj.KindLine, Covers = db => db.K8s is { } o && db.Engine == engine && o.Namespace == cj.Namespace };
        def.Files.Add(cj.File);
        var doc = cj.DocIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cj.Spec?.Entry("suspend") is { Value: ScalarNode sp } spe && sp.AsLooseBool() == true)
            def.Failures.Add((F("CMP5402", cj.File, spe.Key.Line, spe.Key.Column, $"{cj.Display} is suspended, so no backup runs; remove 'suspend: true'.", cj.Anchor("spec.suspend"))
                .Zh($"{cj.DisplayZh()} 已挂起（suspend），不会执行任何备份；请删除 'suspend: true'。"), doc));
        AddSchedule(def, cj, cj.Spec?.Entry("schedule"), withSeconds: false, doc);
        var scalars = CommandScalars(cj).ToList();
        foreach (var s in scalars)
        {
            if (Mtime().Match(s.Value) is not { Success: true } m || int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= ctx.MinDays) continue;
            var line = ctx.LineOf(cj.File, s.Line, "-mtime");
            def.Failures.Add((F("CMP5404", cj.File, line, 1, $"{cj.Display} deletes dumps older than {m.Groups[1].Value} days (find -mtime), less than {ctx.MinDays}; keep at least {ctx.MinDays} days.", cj.Anchor("find-mtime"))
                .Zh($"{cj.DisplayZh()} 会删除 {m.Groups[1].Value} 天前的转储（find -mtime），少于 {ctx.MinDays} 天；请至少保留 {ctx.MinDays} 天。"), doc));
            break;
        }
        // Off-site: an upload to object storage whose region is known and differs from the cluster's.
        var upload = scalars.FirstOrDefault(s => UploadTool().IsMatch(s.Value) || BackupRules.RegionOfEndpoint(s.Value) is not null);
        if (upload is null)
        {
            def.Failures.Add((F("CMP5405", cj.File, cj.KindLine, 1, $"{cj.Display} keeps its dumps in the cluster (volume or local path) and uploads nothing to object storage, so there is no off-site copy; upload each dump to object storage in another region.", cj.Anchor("offsite"))
                .Zh($"{cj.DisplayZh()} 只把转储保存在集群内（卷或本地路径），没有上传到对象存储，不存在异地副本；请把每次转储上传到另一地域的对象存储。"), doc));
            return def;
        }
        string? region = null;
        ScalarNode where = upload;
        string needle = "";
        foreach (var s in scalars)
        {
            if (RegionFlag().Match(s.Value) is { Success: true } rf) { region = rf.Groups[1].Value; where = s; needle = rf.Value; break; }
            if (BackupRules.RegionOfEndpoint(s.Value) is { } er) { region = er; where = s; needle = Url().Match(s.Value) is { Success: true } u ? u.Value : er; break; }
        }
        var inCluster = scalars.Select(s => (s, m: Url().Match(s.Value))).FirstOrDefault(x => x.m.Success && BackupRules.IsInClusterEndpoint(x.m.Value));
        if (region is null && inCluster.s is not null)
        {
            def.Failures.Add((F("CMP5405", cj.File, ctx.LineOf(cj.File, inCluster.s.Line, inCluster.m.Value), 1, $"{cj.Display} uploads to object storage inside the cluster, which is not off-site; upload to object storage in another region.", cj.Anchor("offsite"))
                .Zh($"{cj.DisplayZh()} 上传到集群内部的对象存储，不属于异地备份；请上传到另一地域的对象存储。"), doc));
            return def;
        }
        if (needle.Length == 0) needle = UploadTool().Match(where.Value) is { Success: true } t ? t.Value.Split(' ')[0] : where.Value.Split('\n')[0];
        OffSite(def, region, ctx.ClusterRegion, cj.File, ctx.LineOf(cj.File, where.Line, needle), 1, $"{cj.Display}'s upload target", $"{cj.DisplayZh()} 的上传目标", cj.Anchor("offsite"), doc);
        return def;
    }

    // ---------------------------------------------------------------- Compose
    private static bool IsComposeBackup(ComposeService s) =>
        (s.Image is { } i && DataStores.ImageName(i).Contains("backup", StringComparison.Ordinal)) || s.Environment.ContainsKey("BACKUP_KEEP_DAYS");

    private static BackupDef ComposeBackup(ComposeService svc, Ctx ctx)
    {
        var img = svc.Image?.ToLowerInvariant() ?? "";
        string? engine = img.Contains("postgres") ? "postgresql" : img.Contains("mysql") || img.Contains("mariadb") ? "mysql" : img.Contains("mongo") ? "mongodb" : null;
        var def = new BackupDef { File = svc.File.File, Line = svc.Key.Line, Covers = db => db.Compose is { } c && c.File.File == svc.File.File && (engine is null || engine == db.Engine) };
        def.Files.Add(svc.File.File);
        var env = svc.Environment;
        foreach (var key in new[] { "SCHEDULE", "BACKUP_SCHEDULE", "CRON_TIME", "CRON_SCHEDULE" })
        {
            if (!env.TryGetValue(key, out var v)) continue;
            if (!BackupRules.IsAtLeastDaily(v.Value))
                def.Failures.Add((F("CMP5403", svc.File.File, v.Line, v.Column, $"Compose backup service '{svc.Name}' runs on schedule '{v.Value}' ({key}), which is not at least daily; back up at least once a day.", svc.Anchor("environment." + key))
                    .Zh($"Compose 备份服务 '{svc.Name}' 的备份计划为 '{v.Value}'（{key}），低于每日一次；请至少每天备份一次。"), ""));
            break;
        }
        if (env.TryGetValue("BACKUP_KEEP_DAYS", out var keep) && int.TryParse(keep.Value.Trim(), out var n) && n < ctx.MinDays)
            def.Failures.Add((F("CMP5404", svc.File.File, keep.Line, keep.Column, $"Compose backup service '{svc.Name}' keeps {n} days of backups (BACKUP_KEEP_DAYS), less than {ctx.MinDays}; set it to at least {ctx.MinDays}.", svc.Anchor("environment.BACKUP_KEEP_DAYS"))
                .Zh($"Compose 备份服务 '{svc.Name}' 只保留 {n} 天的备份（BACKUP_KEEP_DAYS），少于 {ctx.MinDays} 天；请设为至少 {ctx.MinDays}。"), ""));
        // A Compose host has no region the scan can determine: a backup there is never shown off-site.
        // The upload target: an endpoint/region/bucket setting (never a credential entry such as S3_SECRET_ACCESS_KEY).
        static bool Credential(string k) => k.Contains("KEY", StringComparison.Ordinal) || k.Contains("SECRET", StringComparison.Ordinal) ||
                                            k.Contains("PASS", StringComparison.Ordinal) || k.Contains("TOKEN", StringComparison.Ordinal);
        var endpoint = env.Where(e => !Credential(e.Key)).FirstOrDefault(e =>
            e.Key.Contains("ENDPOINT", StringComparison.Ordinal) || e.Key.Contains("REGION", StringComparison.Ordinal) ||
            e.Key.Contains("BUCKET", StringComparison.Ordinal) || e.Key.StartsWith("S3_", StringComparison.Ordinal) || BackupRules.RegionOfEndpoint(e.Value.Value) is not null);
        if (endpoint.Value is { } ev)
            def.Failures.Add((F("CMP5405", svc.File.File, ev.Line, ev.Column, $"Compose backup service '{svc.Name}' uploads to object storage, but the Compose host's region cannot be determined, so the copy is not shown to be off-site; run backups from the cluster with a region-tagged target.", svc.Anchor("environment." + endpoint.Key))
                .Zh($"Compose 备份服务 '{svc.Name}' 上传到对象存储，但无法确定 Compose 主机所在地域，无法证明副本在异地；请改为从集群执行备份，并使用标明地域的目标。"), ""));
        else
            def.Failures.Add((F("CMP5405", svc.File.File, svc.Key.Line, svc.Key.Column, $"Compose backup service '{svc.Name}' writes to a local directory or volume on the same host, so there is no off-site copy; copy the backups to object storage in another region.", svc.Anchor("offsite"))
                .Zh($"Compose 备份服务 '{svc.Name}' 把备份写入同一主机上的本地目录或卷，不存在异地副本；请把备份复制到另一地域的对象存储。"), ""));
        return def;
    }
}
