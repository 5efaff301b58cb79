using Campus.Admissions.Features.Applicants;
using Campus.Admissions.Security;
using Campus.Admissions.Services;
using Xunit;

namespace Campus.Admissions.Tests;

public class TicketAndIdTests
{
    [Theory]
    [InlineData("370212199210232493", true)]
    [InlineData("370212199210232490", false)]
    [InlineData("12345", false)]
    public void IdCard_checksum(string id, bool valid) => Assert.Equal(valid, IdCard.IsValid(id));

    [Fact]
    public void Ticket_round_trip()
    {
        var t = PortalTicket.Issue("26330106151234", DateTimeOffset.UtcNow);
        Assert.True(PortalTicket.Validate(t, out var exam));
        Assert.Equal("26330106151234", exam);
    }

    [Fact]
    public void Pin_digest_is_stable()
    {
        const string testPin = "000000";
        Assert.Equal(ReaderCardService.PinDigest("2026000123", testPin), ReaderCardService.PinDigest("2026000123", testPin));
    }

    [Fact]
    public void Scholarship_card_is_not_plain()
    {
        var enc = ScholarshipService.ProtectCard("6222021203349438357");
        Assert.DoesNotContain("6222021203349438357", enc);
    }

    private const string SqlForTests = "Server=(localdb)\\mssqllocaldb;Database=admissions_test;User Id=sa;Password=Test_Only_123";
}
