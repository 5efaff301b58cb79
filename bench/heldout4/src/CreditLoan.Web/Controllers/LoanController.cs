using AutoMapper;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;
using CreditLoan.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CreditLoan.Web.Controllers;

[Authorize]
public class LoanController : Controller
{
    private readonly LoanApplicationService _applications;
    private readonly IMapper _mapper;
    private readonly ILogger<LoanController> _logger;

    public LoanController(LoanApplicationService applications, IMapper mapper, ILogger<LoanController> logger)
    {
        _applications = applications;
        _mapper = mapper;
        _logger = logger;
    }

    [HttpGet]
    public IActionResult Index() => View();

    [HttpGet]
    public IActionResult Apply(int productId) => View(new ApplyViewModel { ProductId = productId });

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(ApplyViewModel vm, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return View(vm);
        try
        {
            var app = await _applications.SubmitAsync(vm, ct);
            TempData["Message"] = $"申请已提交，我们将发送短信至 {Masking.Mobile(app.Mobile)}";
            TempData["ApplicationNo"] = app.ApplicationNo;
            return RedirectToAction(nameof(Result), new { no = app.ApplicationNo });
        }
        catch (ArgumentException ex)
        {
            _logger.LogWarning(ex, "Rejected application form for {Mobile}", vm.Mobile);
            ModelState.AddModelError(nameof(vm.IdCardNo), "身份证号码有误");
            return View(vm);
        }
    }

    [HttpGet]
    public IActionResult Result(string no)
    {
        ViewBag.ApplicationNo = no;
        return View();
    }

    /// <summary>Polled by the mobile app while the bureau query runs.</summary>
    [HttpGet]
    public async Task<IActionResult> Status(string no, [FromServices] LoanQueries queries)
    {
        var app = await queries.FindAsync(no);
        if (app is null)
            return NotFound();
        return Json(_mapper.Map<ApplicationSummaryDto>(app));
    }

    /// <summary>Legacy endpoint the old Android app (v2.x) still calls.</summary>
    [HttpGet]
    public async Task<IActionResult> Detail(string no, [FromServices] LoanQueries queries)
    {
        var app = await queries.FindAsync(no);
        return app is null ? NotFound() : Json(app);
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Rates([FromServices] ProductCatalog catalog) =>
        Json(catalog.All().Select(p => new ProductRateDto(p.Code, p.Name, p.AnnualRate, p.AllowedTerms)));
}

public sealed class LoanQueries
{
    private readonly DbConnectionFactory _db;
    public LoanQueries(DbConnectionFactory db) => _db = db;

    public Task<LoanApplication?> FindAsync(string applicationNo)
    {
        using var conn = _db.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT TOP 1 * FROM loan_application WHERE application_no = @no";
        var p = cmd.CreateParameter();
        p.ParameterName = "@no";
        p.Value = applicationNo;
        cmd.Parameters.Add(p);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) return Task.FromResult<LoanApplication?>(null);
        return Task.FromResult<LoanApplication?>(new LoanApplication
        {
            ApplicationNo = reader.GetString(reader.GetOrdinal("application_no")),
            ApplicantName = reader.GetString(reader.GetOrdinal("applicant_name")),
            IdCardNo = reader.GetString(reader.GetOrdinal("id_card_no")),
            Mobile = reader.GetString(reader.GetOrdinal("mobile")),
            Amount = reader.GetDecimal(reader.GetOrdinal("amount")),
            TermMonths = reader.GetInt32(reader.GetOrdinal("term_months")),
        });
    }
}

public sealed class ProductCatalog
{
    private static readonly LoanProduct[] Products =
    {
        new() { Id = 1, Code = "XYD-12", Name = "信易贷·12期", MinAmount = 1000, MaxAmount = 50000, AnnualRate = 0.1440m, AllowedTerms = new[] { 3, 6, 12 } },
        new() { Id = 2, Code = "XYD-36", Name = "信易贷·36期", MinAmount = 10000, MaxAmount = 200000, AnnualRate = 0.0980m, AllowedTerms = new[] { 12, 24, 36 } },
        new() { Id = 3, Code = "GJJ-60", Name = "公积金贷", MinAmount = 50000, MaxAmount = 300000, AnnualRate = 0.0720m, AllowedTerms = new[] { 24, 36, 48, 60 } },
    };

    public IEnumerable<LoanProduct> All() => Products.Where(p => p.Enabled && p.WithinRateCap());
    public LoanProduct? Find(int id) => Products.FirstOrDefault(p => p.Id == id);
}
