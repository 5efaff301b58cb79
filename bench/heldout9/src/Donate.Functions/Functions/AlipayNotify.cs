using System.Text;
using Donate.Contracts;
using Donate.Data;
using Donate.Services;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

/// <summary>Alipay asynchronous notification (notify_url). Must answer the plain text "success".</summary>
public sealed class AlipayNotify
{
    private readonly AlipayGateway _alipay;
    private readonly DonationRepository _repo;
    private readonly IPublishEndpoint _bus;
    private readonly ILogger<AlipayNotify> _logger;

    public AlipayNotify(AlipayGateway alipay, DonationRepository repo, IPublishEndpoint bus, ILogger<AlipayNotify> logger)
    {
        _alipay = alipay;
        _repo = repo;
        _bus = bus;
        _logger = logger;
    }

    [Function("AlipayNotify")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "pay/alipay/notify")] HttpRequest req)
    {
        var form = await req.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());

        if (!_alipay.VerifyNotify(fields))
        {
            _logger.LogWarning("Alipay notify with a bad signature, out_trade_no {OrderNo}", fields.GetValueOrDefault("out_trade_no"));
            return new ContentResult { Content = "failure", ContentType = "text/plain" };
        }

        var status = fields.GetValueOrDefault("trade_status");
        if (status is not ("TRADE_SUCCESS" or "TRADE_FINISHED"))
        {
            return new ContentResult { Content = "success", ContentType = "text/plain" };
        }

        var orderNo = fields["out_trade_no"];
        var paidAt = DateTime.Parse(fields.GetValueOrDefault("gmt_payment") ?? DateTime.Now.ToString("s"));
        if (await _repo.MarkPaidAsync(orderNo, fields["trade_no"], paidAt))
        {
            var donation = (await _repo.FindDonationByOrderNoAsync(orderNo))!;
            var donor = await _repo.GetDonorAsync(donation.DonorId);
            await _bus.Publish(new DonationPaid(donation.Id, orderNo, donation.ProjectId, donor.Id, donor.RealName, donor.Mobile, donation.AmountCents, paidAt));
        }

        return new ContentResult { Content = "success", ContentType = "text/plain" };
    }
}
