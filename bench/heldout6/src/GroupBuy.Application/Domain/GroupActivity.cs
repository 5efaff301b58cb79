namespace GroupBuy.Domain;

public enum ActivityStatus { Draft, Scheduled, Open, Closed, Delivered, Cancelled }

/// <summary>一期团购活动：今日下单，次日到自提点。</summary>
public class GroupActivity
{
    public long Id { get; set; }
    public string Name { get; set; }
    public DateTime OpenAt { get; set; }
    public DateTime CloseAt { get; set; }
    public DateOnly DeliveryDate { get; set; }
    public ActivityStatus Status { get; set; }
    public int MinParticipants { get; set; } = 1;
    public List<long> ProductIds { get; set; } = new();

    public bool AcceptsOrders(DateTime now) => Status == ActivityStatus.Open && now >= OpenAt && now < CloseAt;

    public void Advance(DateTime now)
    {
        Status = Status switch
        {
            ActivityStatus.Scheduled when now >= OpenAt => ActivityStatus.Open,
            ActivityStatus.Open when now >= CloseAt => ActivityStatus.Closed,
            _ => Status
        };
    }

    public static DateOnly NextDeliveryDate(DateTime closeAt, int cutoffHour = 23)
    {
        var day = DateOnly.FromDateTime(closeAt);
        return closeAt.Hour >= cutoffHour ? day.AddDays(2) : day.AddDays(1);
    }
}
