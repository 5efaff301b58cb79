using System.Diagnostics;
using Common.Infrastructure.Masking;
using MedLink.Hospital.Api.Models;
using Serilog;

namespace MedLink.Hospital.Api.Services;

/// <summary>
/// 分诊叫号：候诊队列、叫号大屏推送、过号处理。
/// </summary>
public sealed class OutpatientQueueService
{
    private readonly Dictionary<string, Queue<QueueTicket>> _queues = new();
    private readonly ILogger<OutpatientQueueService> _logger;

    public OutpatientQueueService(ILogger<OutpatientQueueService> logger) => _logger = logger;

    public QueueTicket Enqueue(Patient patient, string departmentCode, string doctorCode)
    {
        if (!_queues.TryGetValue(departmentCode, out var queue))
        {
            queue = new Queue<QueueTicket>();
            _queues[departmentCode] = queue;
        }
        var ticket = new QueueTicket(departmentCode + (queue.Count + 1).ToString("D3"), patient.Id, DesensitizeHelper.MaskName(patient.Name), doctorCode, DateTime.Now);
        queue.Enqueue(ticket);
        Log.Information("Enqueued {@Patient} into {Department}", patient, departmentCode);
        Log.Information("Ticket {TicketNo} issued in {Department}, queue length {Length}", ticket.TicketNo, departmentCode, queue.Count);
        return ticket;
    }

    public QueueTicket? CallNext(string departmentCode, string room)
    {
        if (!_queues.TryGetValue(departmentCode, out var queue) || queue.Count == 0)
        {
            return null;
        }
        var ticket = queue.Dequeue();
        _logger.LogInformation("请 {TicketNo} 号 {MaskedName} 到 {Room} 就诊", ticket.TicketNo, ticket.MaskedName, room);
        return ticket;
    }

    public void MarkMissed(QueueTicket ticket, Patient patient)
    {
        var message = string.Format("过号: {0} {1} 电话 {2}", ticket.TicketNo, patient.Name, patient.Mobile);
        _logger.LogWarning(message);
        Trace.WriteLine($"missed {ticket.TicketNo}");
    }

    public void NotifyEmergencyContact(Patient patient)
    {
        if (string.IsNullOrEmpty(patient.EmergencyContactPhone))
        {
            throw new InvalidOperationException($"Patient {patient.Id} has no emergency contact");
        }
        _logger.LogInformation("Calling emergency contact {ContactName} at {ContactPhone} for patient {PatientId}",
            patient.EmergencyContactName, patient.EmergencyContactPhone, patient.Id);
    }

    public string DescribeForScreen(Patient patient) => BuildLine(patient);

    public void Audit(Patient patient)
    {
        var line = BuildLine(patient);
        _logger.LogInformation("Queue audit: {Line}", line);
    }

    private static string BuildLine(Patient p) => $"{p.Name}/{p.IdCardNo}/{p.MedicalInsuranceNo}";

    public sealed record QueueTicket(string TicketNo, long PatientId, string MaskedName, string DoctorCode, DateTime IssuedAt);
}
