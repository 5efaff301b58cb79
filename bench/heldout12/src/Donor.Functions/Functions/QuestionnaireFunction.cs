using Donor.Functions.Models;
using Donor.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

public class QuestionnaireFunction
{
    private readonly DonorStore _store;
    private readonly EligibilityRules _rules;
    private readonly ILogger _log;

    public QuestionnaireFunction(DonorStore store, EligibilityRules rules, ILoggerFactory lf)
    {
        _store = store;
        _rules = rules;
        _log = lf.CreateLogger("Questionnaire");
    }

    [Function("SubmitQuestionnaire")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "questionnaire")] HttpRequest req)
    {
        var q = await req.ReadFromJsonAsync<HealthQuestionnaire>();
        if (q == null) return new BadRequestResult();
        var donor = await _store.FindAsync(q.DonorId);
        if (donor == null) return new NotFoundResult();

        using (_log.BeginScope(new Dictionary<string, object>
        {
            ["DonorId"] = q.DonorId,
            ["HighRisk"] = q.HighRiskSex,
            ["Medications"] = q.Medications ?? ""
        }))
        {
            var (ok, reason) = _rules.Check(donor, q, DateTime.Today);
            if (!ok)
            {
                donor.Deferred = true;
                donor.DeferReason = reason;
                await _store.UpsertAsync(donor);
                _log.LogInformation("donor {Name} deferred: {Reason}, Hb {Hb}, BP {Sys}/{Dia}", donor.Name, reason, q.HemoglobinGdl, q.SystolicBp, q.DiastolicBp);
                return new OkObjectResult(new { ok, reason });
            }
            _log.LogInformation("donor {DonorId} eligible, max {Ml} ml", q.DonorId, _rules.MaxVolumeMl(q.WeightKg, donor.DonationCount));
            return new OkObjectResult(new { ok = true, maxMl = _rules.MaxVolumeMl(q.WeightKg, donor.DonationCount) });
        }
    }
}
