using Counsel.Portal.Data;
using Dapper;
using Serilog;
using Serilog.Context;

namespace Counsel.Portal.Services;

public class ClientService
{
    private readonly Db _db;
    private readonly ILogger<ClientService> _log;

    public ClientService(Db db, ILogger<ClientService> log)
    {
        _db = db;
        _log = log;
    }

    public Client? Get(long id)
    {
        using var c = _db.Conn();
        return c.QueryFirstOrDefault<Client>("select * from client where id=@id", new { id });
    }

    public IEnumerable<Client> ForTherapist(long therapistId)
    {
        using var c = _db.Conn();
        return c.Query<Client>("select * from client where therapist_id=@therapistId order by id desc", new { therapistId }).ToList();
    }

    public IEnumerable<Client> Search(string q)
    {
        Log.Information("client search {Query}", q);
        using var c = _db.Conn();
        return c.Query<Client>("select * from client where name like @q or mobile like @q limit 50", new { q = "%" + q + "%" }).ToList();
    }

    public void SaveScreening(long clientId, int phq9, int gad7, string? diagnosis)
    {
        var risk = phq9 >= 20 ? "HIGH" : phq9 >= 15 ? "MEDIUM" : "LOW";
        using var c = _db.Conn();
        c.Execute("update client set phq9=@phq9, gad7=@gad7, diagnosis=@diagnosis, risk_level=@risk where id=@clientId",
            new { clientId, phq9, gad7, diagnosis, risk });
        using (LogContext.PushProperty("Diagnosis", diagnosis))
        {
            _log.LogInformation("screening saved for client {ClientId}: PHQ-9 {Phq9}, GAD-7 {Gad7}, risk {Risk}", clientId, phq9, gad7, risk);
        }
    }

    public void Assign(long clientId, long therapistId)
    {
        var client = Get(clientId) ?? throw new KeyNotFoundException($"client {clientId} not found");
        if (client.RiskLevel == "HIGH" && therapistId == 0)
            throw new InvalidOperationException($"高风险来访者 {client.Name}（{client.Mobile}，{client.Diagnosis}）必须指定咨询师");
        using var c = _db.Conn();
        c.Execute("update client set therapist_id=@therapistId where id=@clientId", new { clientId, therapistId });
        _log.LogInformation("client {ClientId} assigned to therapist {TherapistId}", clientId, therapistId);
    }
}
