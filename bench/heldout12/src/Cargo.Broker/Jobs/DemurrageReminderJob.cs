using Cargo.Broker.Common;
using Cargo.Broker.Data;
using Cargo.Broker.Integrations;
using Microsoft.Extensions.Options;

namespace Cargo.Broker.Jobs;

public class DemurrageReminderJob
{
    private readonly ShipmentRepository _repo;
    private readonly DutyCalculator _calc;
    private readonly BrokerOptions _opt;
    private readonly ILogger<DemurrageReminderJob> _log;

    public DemurrageReminderJob(ShipmentRepository repo, DutyCalculator calc, IOptions<BrokerOptions> opt, ILogger<DemurrageReminderJob> log)
    {
        _repo = repo;
        _calc = calc;
        _opt = opt.Value;
        _log = log;
    }

    public Task RunAsync()
    {
        var cutoff = DateTime.UtcNow.AddDays(-_opt.DemurrageFreeDays);
        foreach (var s in _repo.DischargedWithoutPickup(cutoff))
        {
            var over = (int)(DateTime.UtcNow - s.DischargedAt!.Value).TotalDays - _opt.DemurrageFreeDays;
            var fee = _calc.Demurrage(over, "40HQ");
            using var scope = _log.BeginScope(new Dictionary<string, object>
            {
                ["Hbl"] = s.HblNo,
                ["ConsigneePhone"] = s.ConsigneePhone
            });
            _log.LogInformation("demurrage {Hbl}: {Days} days over, fee {Fee}", s.HblNo, over, fee);
            if (over > 20)
                _log.LogWarning("escalate {Hbl}: call consignee {Name} on {Phone}", s.HblNo, s.ConsigneeName, s.ConsigneePhone);
        }
        return Task.CompletedTask;
    }
}
