using GovHall.Pages.Models;
using GovHall.Pages.Services;
using Xunit;

namespace GovHall.Pages.Tests;

public sealed class QueueTicketTests
{
    [Fact]
    public void Ticket_round_trips()
    {
        var text = QueueTicket.Encode("B012", new DateOnly(2027, 3, 2), 4711);
        Assert.True(QueueTicket.TryDecode(text, out var id, out var number));
        Assert.Equal(4711, id);
        Assert.Equal("B012", number);
    }

    [Fact]
    public void Tampered_ticket_is_rejected()
    {
        var text = QueueTicket.Encode("B012", new DateOnly(2027, 3, 2), 4711);
        Assert.False(QueueTicket.TryDecode(text.Replace("B012", "B001"), out _, out _));
    }

    [Fact]
    public void Appointment_for_a_synthetic_citizen()
    {
        var a = new Appointment
        {
            ApplicantName = "测试用户",
            ApplicantIdNumber = "510104197509036130",
            ApplicantMobile = "17467837557",
            ServiceCode = "SB-012",
        };
        Assert.Equal(18, a.ApplicantIdNumber.Length);
    }
}

public sealed class RealNameVerifierFakeTests
{
    private const string FakeAppSecret = "TEST_FAKE_realname_secret_0001";

    [Fact]
    public void Fake_secret_is_marked()
    {
        Assert.StartsWith("TEST_FAKE_", FakeAppSecret);
    }
}
