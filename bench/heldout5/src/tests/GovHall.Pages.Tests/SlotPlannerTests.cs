using GovHall.Pages.Models;
using GovHall.Pages.Services;
using Xunit;

namespace GovHall.Pages.Tests;

public sealed class SlotPlannerTests
{
    private const string TestDb = "Host=localhost;Database=govhall_test;Username=test;Password=test_only_pw";

    [Fact]
    public void Summer_afternoon_starts_at_two()
    {
        var planner = new SlotPlanner();
        var item = ServiceCatalogue.Find("SB-012")!;
        var slots = planner.Plan(new DateOnly(2027, 7, 6), item, 2, new Dictionary<TimeOnly, int>());
        Assert.Contains(slots, s => s.Start == new TimeOnly(14, 0));
        Assert.DoesNotContain(slots, s => s.Start == new TimeOnly(13, 30));
    }

    [Fact]
    public void Walk_in_share_is_kept()
    {
        var planner = new SlotPlanner();
        var item = ServiceCatalogue.Find("HJ-001")!;
        var slot = planner.Plan(new DateOnly(2027, 3, 2), item, 2, new Dictionary<TimeOnly, int>()).First();
        Assert.Equal(2, slot.Capacity);
        Assert.NotEmpty(TestDb);
    }
}
