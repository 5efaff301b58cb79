using System.Net;
using System.Text.Json;
using Donate.Data;
using Donate.Models;
using Donate.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

public sealed class DonateHttp
{
    private readonly DonationRepository _repo;
    private readonly AlipayGateway _alipay;
    private readonly DonorTokenService _tokens;
    private readonly ILogger<DonateHttp> _logger;

    public DonateHttp(DonationRepository repo, AlipayGateway alipay, DonorTokenService tokens, ILogger<DonateHttp> logger)
    {
        _repo = repo;
        _alipay = alipay;
        _tokens = tokens;
        _logger = logger;
    }

    public sealed record CreateDonationRequest(long ProjectId, decimal AmountYuan, string RealName, string Mobile, string? IdCardNo, bool Anonymous, bool WantsReceipt, string? Message);

    [Function("CreateDonation")]
    public async Task<IActionResult> Create([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "donations")] HttpRequest req)
    {
        var donor = await _tokens.AuthenticateAsync(req.Headers.Authorization.ToString());
        if (donor is null)
        {
            return new UnauthorizedResult();
        }

        var body = await JsonSerializer.DeserializeAsync<CreateDonationRequest>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (body is null || body.AmountYuan <= 0 || body.AmountYuan > 50000)
        {
            return new BadRequestObjectResult(new { error = "金额不正确" });
        }

        if (body.WantsReceipt && string.IsNullOrWhiteSpace(body.IdCardNo))
        {
            return new BadRequestObjectResult(new { error = "开具捐赠票据需要身份证号" });
        }

        donor.RealName = body.RealName;
        donor.Mobile = body.Mobile;
        donor.IdCardNo = body.IdCardNo;
        donor.Anonymous = body.Anonymous;
        await _repo.UpsertDonorAsync(donor);

        var donation = new Donation
        {
            OrderNo = "DN" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff") + Random.Shared.Next(100, 999),
            ProjectId = body.ProjectId,
            DonorId = donor.Id,
            AmountCents = (long)Math.Round(body.AmountYuan * 100),
            WantsReceipt = body.WantsReceipt,
            Message = body.Message,
        };
        donation.Id = await _repo.InsertDonationAsync(donation);

        _logger.LogInformation("Donation {OrderNo} created: project {ProjectId}, {Amount} cents", donation.OrderNo, donation.ProjectId, donation.AmountCents);
        _logger.LogDebug("Donor details {Name} {Mobile} {IdCardNo}", body.RealName, body.Mobile, body.IdCardNo);

        var payForm = _alipay.BuildAppPayOrder(donation.OrderNo, donation.AmountCents, "爱心捐赠");
        return new OkObjectResult(new { donation.OrderNo, payForm });
    }

    [Function("DonationWall")]
    public async Task<IActionResult> Wall([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:long}/wall")] HttpRequest req, long projectId)
    {
        var items = await _repo.WallAsync(projectId, 50);
        return new OkObjectResult(items);
    }

    [Function("MyProfile")]
    public async Task<IActionResult> Me([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest req)
    {
        var donor = await _tokens.AuthenticateAsync(req.Headers.Authorization.ToString());
        return donor is null ? new UnauthorizedResult() : new OkObjectResult(donor);
    }

    [Function("ProjectBeneficiary")]
    public async Task<IActionResult> Beneficiary([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId:long}/beneficiary")] HttpRequest req, long projectId)
    {
        var project = await _repo.GetProjectAsync(projectId);
        var b = await _repo.GetBeneficiaryAsync(project.BeneficiaryId);
        return new OkObjectResult(b);
    }
}
