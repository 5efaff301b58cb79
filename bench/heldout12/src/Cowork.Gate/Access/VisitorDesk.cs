using System.Security.Cryptography;
using System.Text;
using Cowork.Gate.Infra;
using Dapper;

namespace Cowork.Gate.Access;

public record Visitor(string Name, string Mobile, string IdCardNo, string Company, long HostMemberId, DateTime ExpectedAt);

public class VisitorDesk
{
    private readonly GateDb _db;
    private readonly IAppLog _log;
    private readonly ILogger<VisitorDesk> _logger;

    public VisitorDesk(GateDb db, IAppLog log, ILogger<VisitorDesk> logger)
    {
        _db = db;
        _log = log;
        _logger = logger;
    }

    public string Register(Visitor v)
    {
        using var c = _db.Open();
        var id = c.ExecuteScalar<long>(@"insert into visitor(name, mobile, id_card_no, company, host_member_id, expected_at)
            output inserted.id values(@Name, @Mobile, @IdCardNo, @Company, @HostMemberId, @ExpectedAt)", v);
        _log.Audit("visitor", $"visitor #{id} for member {v.HostMemberId}");
        _logger.LogInformation("visitor registered {Visitor}", v);
        var code = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}:{Guid.NewGuid()}")))[..10];
        c.Execute("update visitor set qr=@code where id=@id", new { code, id });
        return code;
    }

    public (string Name, string Mobile, string IdCardNo)? Lookup(string qr)
    {
        using var c = _db.Open();
        var row = c.QueryFirstOrDefault<(string, string, string)>("select name, mobile, id_card_no from visitor where qr=@qr", new { qr });
        if (row == default) return null;
        _log.Trace("qr {Qr} -> {Visitor}", qr, row);
        return row;
    }

    public void CheckIn(string qr, string deskStaff)
    {
        var v = Lookup(qr);
        if (v is null)
        {
            _log.Audit("visitor", $"unknown qr {qr} at desk {deskStaff}");
            return;
        }
        _log.Audit("visitor", $"check-in {v.Value.Name} ({v.Value.Mobile}) by {deskStaff}");
    }
}
