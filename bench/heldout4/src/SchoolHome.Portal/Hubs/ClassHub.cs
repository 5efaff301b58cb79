using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SchoolHome.Portal.Services;

namespace SchoolHome.Portal.Hubs;

/// <summary>Class group chat between the head teacher and the parents (班级群).</summary>
[Authorize]
public sealed class ClassHub : Hub
{
    private readonly StudentService _students;
    private readonly ILogger<ClassHub> _logger;

    public ClassHub(StudentService students, ILogger<ClassHub> logger)
    {
        _students = students;
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var classId = Context.GetHttpContext()?.Request.Query["classId"].ToString();
        if (!string.IsNullOrEmpty(classId))
            await Groups.AddToGroupAsync(Context.ConnectionId, "class-" + classId);
        _logger.LogInformation("Connection {ConnectionId} joined class {ClassId}", Context.ConnectionId, classId);
        await base.OnConnectedAsync();
    }

    public async Task SendMessage(int classId, string senderName, string text)
    {
        _logger.LogDebug("class {ClassId} message from {Sender}: {Text}", classId, senderName, text);
        await Clients.Group("class-" + classId).SendAsync("message", senderName, text);
    }

    /// <summary>Teacher pushes the pick-up card when a parent asks who is collecting the child today.</summary>
    public async Task SharePickupCard(int classId, int studentId)
    {
        var s = _students.Find(studentId);
        if (s is null) throw new HubException($"student {studentId} not found");
        await Clients.Group("class-" + classId).SendAsync("pickupCard", s);
    }
}
