using System.Security.Claims;
using CareHome.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Hubs;

/// <summary>Family members' mini-program receives live updates about their own relative.</summary>
[Authorize(Policy = "family")]
public sealed class FamilyHub : Hub
{
    private readonly CareDbContext _db;
    private readonly ILogger<FamilyHub> _logger;

    public FamilyHub(CareDbContext db, ILogger<FamilyHub> logger)
    {
        _db = db;
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var phone = Context.User?.FindFirstValue(ClaimTypes.MobilePhone);
        var links = await _db.FamilyMembers.AsNoTracking().Where(f => f.Phone == phone).Select(f => f.ResidentId).ToListAsync();
        foreach (var residentId in links)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, $"resident-{residentId}");
        }

        Console.WriteLine($"[FamilyHub] {phone} connected, watching {links.Count} residents");
        await base.OnConnectedAsync();
    }

    public async Task AskForCall(int residentId, string message)
    {
        await Clients.Group($"resident-{residentId}").SendAsync("callRequested", new { residentId, message });
        _logger.LogInformation("Call request for resident {ResidentId}", residentId);
    }
}
