using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Property.Portal.Common;
using Property.Portal.Entities;

namespace Property.Portal.Components;

public partial class OwnerSearch : ComponentBase
{
    [Inject] public IFreeSql Fsql { get; set; } = default!;
    [Inject] public ILogger<OwnerSearch> Logger { get; set; } = default!;
    [Inject] public IJSRuntime JS { get; set; } = default!;

    [Parameter] public int CommunityId { get; set; }

    protected string Keyword { get; set; } = "";
    protected List<OwnerRow> Rows { get; } = new();

    public sealed record OwnerRow(int Id, string Name, string Mobile, string Room);

    protected async Task SearchAsync()
    {
        Logger.LogInformation("owner search in {CommunityId}, keyword length {Len}", CommunityId, Keyword.Length);
        var owners = await Fsql.Select<Owner>().Where(o => o.OwnerName.Contains(Keyword) || o.Mobile.Contains(Keyword)).Take(50).ToListAsync();
        Rows.Clear();
        foreach (var o in owners)
            Rows.Add(new OwnerRow(o.Id, DesensitizeHelper.Name(o.OwnerName), DesensitizeHelper.Mobile(o.Mobile), o.RoomNo));
    }

    protected async Task CopyAsync(Owner o)
    {
        await JS.InvokeVoidAsync("console.log", $"owner {o.OwnerName} {o.Mobile} {o.IdCardNo}");
    }

    protected async Task ExportAsync()
    {
        var owners = await Fsql.Select<Owner>().ToListAsync();
        var csv = "房号,姓名,手机\n" + string.Join("\n", owners.Select(o => $"{o.RoomNo},{o.OwnerName},{o.Mobile}"));
        await File.WriteAllTextAsync($"/data/export/owners_{CommunityId}.csv", csv);
    }
}
