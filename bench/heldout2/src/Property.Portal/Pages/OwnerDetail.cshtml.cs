using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Property.Portal.Common;
using Property.Portal.Entities;

namespace Property.Portal.Pages;

public class OwnerDetailModel(IFreeSql fsql, ILogger<OwnerDetailModel> logger) : PageModel
{
    public Owner? Owner { get; private set; }
    public string MaskedIdCard => DesensitizeHelper.IdCard(Owner?.IdCardNo);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Owner = await fsql.Select<Owner>().Where(o => o.Id == id).FirstAsync();
        if (Owner is null) return NotFound();
        logger.LogInformation("staff viewed owner {OwnerId}", id);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(int id)
    {
        var o = await fsql.Select<Owner>().Where(x => x.Id == id).FirstAsync();
        return new JsonResult(o);
    }

    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        var o = await fsql.Select<Owner>().Where(x => x.Id == id).FirstAsync();
        if (o is null) return NotFound();
        var text = $"业主: {o.OwnerName}\n手机: {o.Mobile}\n身份证: {o.IdCardNo}\n房号: {o.RoomNo}";
        return File(System.Text.Encoding.UTF8.GetBytes(text), "text/plain", $"owner_{id}.txt");
    }

    public async Task OnPostCheckAsync(string idCardNo)
    {
        var exists = await fsql.Select<Owner>().AnyAsync(o => o.IdCardNo == idCardNo);
        await Response.WriteAsync(exists ? $"身份证 {idCardNo} 已登记" : "未登记");
    }
}
