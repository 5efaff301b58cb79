using GovHall.Pages.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages;

public sealed class IndexModel : PageModel
{
    public IReadOnlyList<ServiceItem> Items { get; private set; } = Array.Empty<ServiceItem>();

    public void OnGet() => Items = ServiceCatalogue.Items.OrderBy(i => i.WindowGroup).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
}
