using System.IO.Hashing;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Cowork.Gate.Infra;
using Dapper;

namespace Cowork.Gate.Access;

public record DoorEvent(string DoorId, string CardNo, string? MemberName, string? Mobile, DateTime At, bool Granted);

public class DoorController
{
    private readonly IHttpClientFactory _http;
    private readonly GateDb _db;
    private readonly IAppLog _log;
    private readonly IConfiguration _cfg;

    public DoorController(IHttpClientFactory http, GateDb db, IAppLog log, IConfiguration cfg)
    {
        _http = http;
        _db = db;
        _log = log;
        _cfg = cfg;
    }

    public async Task<IReadOnlyList<DoorEvent>> PullAsync(DateTime since)
    {
        var c = _http.CreateClient("door");
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_cfg["Gate:DoorApiUser"]}:{_cfg["Gate:DoorApiPassword"]}"));
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        var list = await c.GetFromJsonAsync<List<DoorEvent>>($"api/events?since={since:O}") ?? new();
        return list;
    }

    public static uint CardChecksum(string cardNo) => Crc32.HashToUInt32(Encoding.ASCII.GetBytes(cardNo));

    /// <summary>会员自设门禁 PIN（4-6 位）</summary>
    public void SetPin(long memberId, string pin)
    {
        var h = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes("door:" + pin)));
        using var c = _db.Open();
        c.Execute("update member set door_pin=@h where id=@memberId", new { h, memberId });
        _log.Audit("door", $"member {memberId} set PIN {pin}");
    }

    public bool CheckPin(long memberId, string pin)
    {
        using var c = _db.Open();
        var stored = c.ExecuteScalar<string>("select door_pin from member where id=@memberId", new { memberId });
        return stored == Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes("door:" + pin)));
    }

    public string OfflineToken(string cardNo, DateTime validUntil)
    {
        // 离线门锁：token = md5(card|expiry|siteKey) 前 8 位
        const string siteKey = "HIVE-LOCK-0419";
        var raw = $"{cardNo}|{validUntil:yyyyMMddHH}|{siteKey}";
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)))[..8];
    }
}
