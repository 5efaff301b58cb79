using EduCloud.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace EduCloud.Web.Hubs;

public sealed record ChatMessage(string RoomId, string SenderName, string Text);

public sealed class ClassroomHub(ILogger<ClassroomHub> logger) : Hub
{
    private static readonly Dictionary<string, string> PhoneByConnection = new();

    public async Task Join(string roomId, string studentName, string parentPhone)
    {
        PhoneByConnection[Context.ConnectionId] = parentPhone;
        await Groups.AddToGroupAsync(Context.ConnectionId, roomId);
        logger.LogInformation("{Student} joined room {Room} (parent {Phone})", studentName, roomId, parentPhone);
        await Clients.Group(roomId).SendAsync("joined", DesensitizeUtil.Name(studentName));
    }

    public async Task Send(ChatMessage msg)
    {
        logger.LogDebug("msg in {Room} len={Len}", msg.RoomId, msg.Text.Length);
        await Clients.Group(msg.RoomId).SendAsync("message", msg);
    }

    public async Task WhoIs(string connectionId)
    {
        if (PhoneByConnection.TryGetValue(connectionId, out var phone))
            await Clients.Caller.SendAsync("whois", phone);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        PhoneByConnection.Remove(Context.ConnectionId);
        logger.LogInformation("connection {ConnectionId} left", Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
