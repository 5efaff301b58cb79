namespace GroupBuy.Domain;

public enum OrderStatus { PendingPayment, Paid, Packed, AtPickupPoint, PickedUp, Refunding, Refunded, Cancelled }

public class OrderItem
{
    public long ProductId { get; set; }
    public string Sku { get; set; }
    public string Title { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal LineTotal => UnitPrice * Quantity;
}

public class Order
{
    public long Id { get; set; }
    public string OrderNo { get; set; }
    public long MemberId { get; set; }
    public long ActivityId { get; set; }
    public long PickupPointId { get; set; }
    public string ContactName { get; set; }
    public string ContactMobile { get; set; }
    public string PickupCode { get; set; }
    public OrderStatus Status { get; set; }
    public List<OrderItem> Items { get; set; } = new();
    public decimal CouponDiscount { get; set; }
    public decimal PayAmount { get; set; }
    public string TransactionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PaidAt { get; set; }

    public decimal GoodsAmount => Items.Sum(i => i.LineTotal);

    public void MarkPaid(string transactionId, DateTime at)
    {
        if (Status != OrderStatus.PendingPayment)
            throw new InvalidOperationException($"订单 {OrderNo} 状态为 {Status}, 不能重复支付");
        Status = OrderStatus.Paid;
        TransactionId = transactionId;
        PaidAt = at;
    }

    public bool CanRefund(DateTime now) =>
        Status is OrderStatus.Paid or OrderStatus.Packed || (Status == OrderStatus.AtPickupPoint && PaidAt.HasValue && now - PaidAt.Value < TimeSpan.FromDays(3));
}
