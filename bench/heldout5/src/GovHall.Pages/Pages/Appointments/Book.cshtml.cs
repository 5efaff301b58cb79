using System.ComponentModel.DataAnnotations;
using GovHall.Pages.Data;
using GovHall.Pages.Models;
using GovHall.Pages.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GovHall.Pages.Pages.Appointments;

public sealed class BookModel : PageModel
{
    private readonly AppointmentRepository _appointments;
    private readonly RealNameVerifier _realName;
    private readonly GovSmsClient _sms;
    private readonly SlotPlanner _planner;
    private readonly HolidayCalendar _calendar;
    private readonly ILogger<BookModel> _logger;

    public BookModel(AppointmentRepository appointments, RealNameVerifier realName, GovSmsClient sms, SlotPlanner planner, HolidayCalendar calendar, ILogger<BookModel> logger)
    {
        _appointments = appointments;
        _realName = realName;
        _sms = sms;
        _planner = planner;
        _calendar = calendar;
        _logger = logger;
    }

    [BindProperty]
    public BookInput Input { get; set; } = new();

    public ServiceItem? Item { get; private set; }
    public List<SelectListItem> Days { get; private set; } = new();
    public AppointmentSummary? Confirmation { get; private set; }

    public IActionResult OnGet(string code)
    {
        Item = ServiceCatalogue.Find(code);
        if (Item is null)
        {
            return NotFound();
        }

        FillDays();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Item = ServiceCatalogue.Find(code);
        if (Item is null)
        {
            return NotFound();
        }

        FillDays();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Item.RequiresRealName && !await _realName.VerifyAsync(Input.Name, Input.IdNumber, Input.Mobile))
        {
            ModelState.AddModelError(string.Empty, "实名核验未通过，请核对姓名和身份证号");
            return Page();
        }

        if (await _appointments.HasOpenBookingAsync(Input.IdNumber, code))
        {
            ModelState.AddModelError(string.Empty, "您已有该事项的有效预约");
            return Page();
        }

        var booked = await _appointments.BookedAsync(code, Input.Day);
        var slot = _planner.Plan(Input.Day, Item, windows: 2, booked).FirstOrDefault(s => s.Start == Input.Start);
        if (slot is null || slot.IsFull)
        {
            ModelState.AddModelError(nameof(Input.Start), "该时段已约满");
            return Page();
        }

        var sequence = await _appointments.NextSequenceAsync(code, Input.Day);
        var appointment = new Appointment
        {
            ServiceCode = code,
            Day = Input.Day,
            Start = Input.Start,
            ApplicantName = Input.Name,
            ApplicantIdNumber = Input.IdNumber,
            ApplicantMobile = Input.Mobile,
            ByProxy = Input.ByProxy,
            ProxyName = Input.ProxyName,
            QueueNumber = SlotPlanner.QueueNumber(Item, sequence),
            Status = AppointmentStatus.Booked,
            CreatedAt = DateTimeOffset.Now,
        };
        appointment.Id = await _appointments.InsertAsync(appointment);
        HallLog.Booked(_logger, appointment.Id, code, Input.Day);
        if (Input.ByProxy)
        {
            _logger.LogInformation("Proxy booking by {ProxyName} for {Applicant}", Input.ProxyName, Input.Name);
        }

        try
        {
            await _sms.SendReminderAsync(Input.Mobile, Item.Title, Input.Day, Input.Start, appointment.QueueNumber);
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError(ex, "Reminder SMS to {Mobile} failed for appointment {Id}", Input.Mobile, appointment.Id);
        }

        Confirmation = new AppointmentSummary(appointment.Id, code, appointment.Day, appointment.Start, appointment.QueueNumber, appointment.Status);
        return Page();
    }

    private void FillDays() =>
        Days = _calendar.NextWorkingDays(DateOnly.FromDateTime(DateTime.Today), 7)
            .Select(d => new SelectListItem(d.ToString("M月d日 ddd"), d.ToString("yyyy-MM-dd")))
            .ToList();

    public sealed class BookInput
    {
        [Required, StringLength(30)]
        public string Name { get; set; } = "";

        [Required, RegularExpression("^\\d{17}[\\dXx]$", ErrorMessage = "身份证号格式不正确")]
        public string IdNumber { get; set; } = "";

        [Required, RegularExpression("^1[3-9]\\d{9}$", ErrorMessage = "手机号格式不正确")]
        public string Mobile { get; set; } = "";

        public DateOnly Day { get; set; }
        public TimeOnly Start { get; set; }
        public bool ByProxy { get; set; }
        public string? ProxyName { get; set; }
    }
}
