using System.Security.Claims;
using CareHome.Data;
using CareHome.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Pages.Family;

public class PortalModel : PageModel
{
    private readonly CareDbContext _db;

    public PortalModel(CareDbContext db) => _db = db;

    public int ResidentId { get; private set; }
    public string ResidentName { get; private set; } = "";
    public string RoomNo { get; private set; } = "";
    public CareLevel Level { get; private set; }
    public string MaskedGuardianPhone { get; private set; } = "";
    public string ResidentIdCardNo { get; private set; } = "";
    public string FamilyContacts { get; private set; } = "";
    public List<CareInvoice> Invoices { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var phone = User.FindFirstValue(ClaimTypes.MobilePhone) ?? "";
        var link = await _db.FamilyMembers.AsNoTracking().FirstOrDefaultAsync(f => f.Phone == phone);
        if (link is null)
        {
            return Forbid();
        }

        var r = await _db.Residents.AsNoTracking().FirstAsync(x => x.Id == link.ResidentId);
        ResidentId = r.Id;
        ResidentName = r.Name;
        RoomNo = r.RoomNo;
        Level = r.Level;
        MaskedGuardianPhone = phone.Length == 11 ? phone[..3] + "****" + phone[7..] : "";
        ResidentIdCardNo = r.IdCardNo;
        FamilyContacts = string.Join(";", await _db.FamilyMembers.AsNoTracking().Where(f => f.ResidentId == r.Id).Select(f => f.Name + " " + f.Phone).ToListAsync());
        Invoices = await _db.Invoices.AsNoTracking().Where(i => i.ResidentId == r.Id).OrderByDescending(i => i.Period).Take(6).ToListAsync();
        return Page();
    }
}
