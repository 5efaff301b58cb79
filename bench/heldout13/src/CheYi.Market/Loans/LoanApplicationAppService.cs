using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities.Auditing;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Loans;

public class LoanApplication : CreationAuditedEntity<Guid>
{
    public Guid CarId { get; set; }
    public string ApplicantName { get; set; }
    public string ApplicantIdCardNo { get; set; }
    public string ApplicantMobile { get; set; }
    public string BankCardNo { get; set; }
    public decimal MonthlyIncome { get; set; }
    public string Employer { get; set; }
    public decimal LoanAmount { get; set; }
    public int Terms { get; set; }
    public string Status { get; set; }
    public string BankRef { get; set; }
}

public class LoanApplyInput
{
    public Guid CarId { get; set; }
    public string ApplicantName { get; set; }
    public string ApplicantIdCardNo { get; set; }
    public string ApplicantMobile { get; set; }
    public string BankCardNo { get; set; }
    public decimal MonthlyIncome { get; set; }
    public string Employer { get; set; }
    public decimal LoanAmount { get; set; }
    public int Terms { get; set; }
}

public class LoanListItem
{
    public Guid Id { get; set; }
    public string ApplicantName { get; set; }
    public string ApplicantMobile { get; set; }
    public string BankCardTail { get; set; }
    public decimal LoanAmount { get; set; }
    public string Status { get; set; }
}

/// <summary>
/// 车贷申请，对接合作银行汽车金融网关
/// </summary>
[Authorize]
public class LoanApplicationAppService : ApplicationService
{
    private static readonly byte[] BankDesKey = Encoding.ASCII.GetBytes("Cy8#bK2q");
    private static readonly byte[] BankDesIv = { 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB, 0xCD, 0xEF };

    private readonly IRepository<LoanApplication, Guid> _loans;
    private readonly IHttpClientFactory _httpClientFactory;

    public LoanApplicationAppService(IRepository<LoanApplication, Guid> loans, IHttpClientFactory httpClientFactory)
    {
        _loans = loans;
        _httpClientFactory = httpClientFactory;
    }

    public async Task<Guid> ApplyAsync(LoanApplyInput input)
    {
        if (input.LoanAmount <= 0 || input.Terms is not (12 or 24 or 36))
        {
            throw new UserFriendlyException("贷款金额或期数不正确");
        }

        var entity = new LoanApplication
        {
            CarId = input.CarId,
            ApplicantName = input.ApplicantName,
            ApplicantIdCardNo = input.ApplicantIdCardNo,
            ApplicantMobile = input.ApplicantMobile,
            BankCardNo = input.BankCardNo,
            MonthlyIncome = input.MonthlyIncome,
            Employer = input.Employer,
            LoanAmount = input.LoanAmount,
            Terms = input.Terms,
            Status = "Submitted"
        };
        EntityHelper.TrySetId(entity, GuidGenerator.Create);
        await _loans.InsertAsync(entity);

        Logger.LogInformation("loan apply {LoanId} car {CarId} amount {Amount} terms {Terms}", entity.Id, input.CarId, input.LoanAmount, input.Terms);
        Logger.LogDebug("loan payload {Payload}", JsonSerializer.Serialize(input));

        var payload = JsonSerializer.Serialize(new
        {
            name = input.ApplicantName,
            certNo = input.ApplicantIdCardNo,
            phone = input.ApplicantMobile,
            cardNo = input.BankCardNo,
            income = input.MonthlyIncome,
            amount = input.LoanAmount,
            term = input.Terms
        });
        var client = _httpClientFactory.CreateClient("bank");
        var resp = await client.PostAsync("loan/apply", new StringContent(EncryptForBank(payload), Encoding.UTF8, "text/plain"));
        var text = await resp.Content.ReadAsStringAsync();
        if (!resp.IsSuccessStatusCode)
        {
            throw new UserFriendlyException($"银行受理失败：{text}，申请人 {input.ApplicantName} 卡号 {input.BankCardNo}");
        }

        entity.BankRef = text.Trim();
        entity.Status = "BankReceived";
        return entity.Id;
    }

    [Authorize("Market.Loans.List")]
    public async Task<PagedResultDto<LoanListItem>> GetListAsync(PagedResultRequestDto input)
    {
        var q = await _loans.GetQueryableAsync();
        var total = q.Count();
        var items = q.OrderByDescending(x => x.CreationTime).Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(x => new LoanListItem
            {
                Id = x.Id,
                ApplicantName = x.ApplicantName,
                ApplicantMobile = x.ApplicantMobile.Substring(0, 3) + "****" + x.ApplicantMobile.Substring(7),
                BankCardTail = x.BankCardNo.Substring(x.BankCardNo.Length - 4),
                LoanAmount = x.LoanAmount,
                Status = x.Status
            }).ToList();
        return new PagedResultDto<LoanListItem>(total, items);
    }

    [AllowAnonymous]
    public async Task<object> QueryStatusAsync(string bankRef)
    {
        var loan = await _loans.FirstOrDefaultAsync(x => x.BankRef == bankRef);
        if (loan == null) throw new EntityNotFoundException(typeof(LoanApplication), bankRef);
        return new { loan.Status, loan.ApplicantName, loan.ApplicantIdCardNo, loan.MonthlyIncome };
    }

    public decimal MonthlyPayment(decimal principal, int terms, decimal annualRate = 0.0588m)
    {
        var r = (double)(annualRate / 12);
        var p = (double)principal;
        var pay = p * r * Math.Pow(1 + r, terms) / (Math.Pow(1 + r, terms) - 1);
        return Math.Round((decimal)pay, 2);
    }

    private static string EncryptForBank(string plain)
    {
        using var des = DES.Create();
        des.Key = BankDesKey;
        des.IV = BankDesIv;
        using var enc = des.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }
}
