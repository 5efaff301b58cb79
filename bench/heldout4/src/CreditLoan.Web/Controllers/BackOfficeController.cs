using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;
using CreditLoan.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CreditLoan.Web.Controllers;

/// <summary>Back office for underwriters and the collection team.</summary>
[Authorize(Roles = "underwriter,collection")]
[Route("backoffice")]
public class BackOfficeController : Controller
{
    private readonly ILogger<BackOfficeController> _logger;
    private readonly CollectionExportService _export;

    public BackOfficeController(ILogger<BackOfficeController> logger, CollectionExportService export)
    {
        _logger = logger;
        _export = export;
    }

    [HttpGet("search")]
    public IActionResult Search(string keyword, [FromServices] BorrowerRepository repo)
    {
        _logger.LogInformation("Underwriter {User} searched borrowers by {Keyword}", User.Identity?.Name, keyword);
        var hits = repo.Search(keyword);
        return View(hits);
    }

    [HttpGet("borrower/{id:long}/contact")]
    public IActionResult Contact(long id, [FromServices] BorrowerRepository repo)
    {
        var b = repo.Get(id);
        if (b is null)
            return NotFound($"borrower {id} not found");
        return Ok(new
        {
            b.Id,
            Name = Masking.Name(b.Name),
            b.Mobile,
            EmergencyContact = b.EmergencyContactName + " " + b.EmergencyContactMobile,
            b.DaysOverdue,
        });
    }

    [HttpPost("collection/export")]
    public async Task<IActionResult> Export([FromServices] BorrowerRepository repo)
    {
        var path = await _export.ExportForAgencyAsync(repo.Overdue(30), "/data/exports");
        TempData["Message"] = "导出完成";
        _logger.LogInformation("Collection export by {User}: {Count} borrowers", User.Identity?.Name, repo.Overdue(30).Count());
        return RedirectToAction(nameof(Search));
    }

    [HttpGet("stats")]
    public IActionResult Stats([FromServices] BorrowerRepository repo) =>
        Ok(CollectionExportService.Buckets(repo.Overdue(1)));
}

public sealed class BorrowerRepository
{
    private readonly List<Borrower> _seed = new()
    {
        new Borrower { Id = 1, Name = "示例用户", IdCardNo = "110101199003071230", Mobile = "13800000000", DaysOverdue = 12 },
    };

    public Borrower? Get(long id) => _seed.FirstOrDefault(b => b.Id == id);
    public IEnumerable<Borrower> Overdue(int minDays) => _seed.Where(b => b.DaysOverdue >= minDays);
    public IEnumerable<Borrower> Search(string keyword) =>
        _seed.Where(b => b.Name.Contains(keyword) || b.Mobile == keyword || b.IdCardNo == keyword);
}
