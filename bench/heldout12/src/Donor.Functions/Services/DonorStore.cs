using Azure.Data.Tables;
using Donor.Functions.Models;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Services;

public class DonorStore
{
    private readonly TableClient _donors;
    private readonly TableClient _donations;
    private readonly ILogger<DonorStore> _log;

    public DonorStore(TableServiceClient svc, ILogger<DonorStore> log)
    {
        _donors = svc.GetTableClient("donors");
        _donations = svc.GetTableClient("donations");
        _donors.CreateIfNotExists();
        _donations.CreateIfNotExists();
        _log = log;
    }

    public async Task<DonorEntity?> FindAsync(string donorId)
    {
        var r = await _donors.GetEntityIfExistsAsync<DonorEntity>("donor", donorId);
        return r.HasValue ? r.Value : null;
    }

    public async Task<DonorEntity?> FindByIdCardAsync(string idCardNo)
    {
        await foreach (var e in _donors.QueryAsync<DonorEntity>(x => x.IdCardNo == idCardNo)) return e;
        return null;
    }

    public async Task UpsertAsync(DonorEntity d)
    {
        await _donors.UpsertEntityAsync(d);
        _log.LogDebug("donor {RowKey} saved", d.RowKey);
    }

    public IEnumerable<DonorEntity> DueForRecall(DateTime wholeBloodBefore, DateTime plateletBefore)
    {
        foreach (var d in _donors.Query<DonorEntity>(x => !x.Deferred))
        {
            if (d.LastDonationAt == null) continue;
            if (d.LastDonationKind == "PLT" ? d.LastDonationAt < plateletBefore : d.LastDonationAt < wholeBloodBefore)
                yield return d;
        }
    }
}
