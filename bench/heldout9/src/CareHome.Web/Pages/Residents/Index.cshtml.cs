using CareHome.Features.Residents;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareHome.Pages.Residents;

public class IndexModel : PageModel
{
    private readonly IMediator _mediator;

    public IndexModel(IMediator mediator) => _mediator = mediator;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<ResidentListItem> Items { get; private set; } = Array.Empty<ResidentListItem>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await _mediator.Send(new SearchResidents(Query ?? ""), ct);
    }
}
