using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Estate.Agency.Hubs;

public record ChatMessage(long FromAgentId, long ToAgentId, string Text, DateTime SentAt);
public record LeadPush(long CustomerId, string Name, string Phone, string Need);

/// <summary>In-store chat between agents and the lead-dispatch push from the call centre.</summary>
[Authorize]
public class AgentChatHub : Hub
{
    private readonly ILogger<AgentChatHub> _logger;

    public AgentChatHub(ILogger<AgentChatHub> logger) => _logger = logger;

    public override async Task OnConnectedAsync()
    {
        var store = Context.User?.FindFirst("store")?.Value ?? "0";
        await Groups.AddToGroupAsync(Context.ConnectionId, "store-" + store);
        _logger.LogInformation("agent {User} connected to store group {Store}", Context.UserIdentifier, store);
        await base.OnConnectedAsync();
    }

    public async Task Send(long toAgentId, string text)
    {
        var from = long.Parse(Context.UserIdentifier ?? "0");
        var msg = new ChatMessage(from, toAgentId, text, DateTime.Now);
        _logger.LogDebug("chat {From}->{To}: {Text}", from, toAgentId, text);
        await Clients.User(toAgentId.ToString()).SendAsync("chat", msg);
    }

    /// <summary>A new web lead goes to every agent of the store; first to accept gets it.</summary>
    public async Task BroadcastLead(long storeId, LeadPush lead)
    {
        await Clients.Group("store-" + storeId).SendAsync("lead", lead with { Phone = lead.Phone[..3] + "****" + lead.Phone[^4..] });
    }

    public async Task AcceptLead(long customerId, LeadPush lead)
    {
        await Clients.Caller.SendAsync("leadAccepted", lead);
        await Clients.OthersInGroup("store-" + Context.User?.FindFirst("store")?.Value).SendAsync("leadTaken", customerId);
    }
}
