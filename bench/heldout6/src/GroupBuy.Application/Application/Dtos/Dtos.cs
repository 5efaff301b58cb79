using Volo.Abp.Application.Dtos;

namespace GroupBuy.Application.Dtos;

public class ProductDto : EntityDto<long>
{
    public string Sku { get; set; }
    public string Title { get; set; }
    public string Unit { get; set; }
    public decimal GroupPrice { get; set; }
    public decimal ListPrice { get; set; }
    public int StockQuantity { get; set; }
}

public class CreateOrderInput
{
    public long ActivityId { get; set; }
    public long PickupPointId { get; set; }
    public string ContactName { get; set; }
    public string ContactMobile { get; set; }
    public List<OrderLineInput> Lines { get; set; } = new();
    public long? CouponId { get; set; }
}

public class OrderLineInput
{
    public long ProductId { get; set; }
    public int Quantity { get; set; }
}

public class OrderDto : EntityDto<long>
{
    public string OrderNo { get; set; }
    public string Status { get; set; }
    public decimal PayAmount { get; set; }
    public string PickupCode { get; set; }
    public string ContactMobileMasked { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class LeaderDto : EntityDto<long>
{
    public string RealName { get; set; }
    public string Mobile { get; set; }
    public string IdCardNo { get; set; }
    public string BankCardNo { get; set; }
    public string Level { get; set; }
}

public class LeaderListItemDto : EntityDto<long>
{
    public string DisplayName { get; set; }
    public string MobileMasked { get; set; }
    public string Level { get; set; }
    public int PickupPointCount { get; set; }
}

public class PickupPointDto : EntityDto<long>
{
    public string Code { get; set; }
    public string ShopName { get; set; }
    public string Community { get; set; }
    public double DistanceKm { get; set; }
}

public class ActivityStatsDto
{
    public long ActivityId { get; set; }
    public int Orders { get; set; }
    public int Participants { get; set; }
    public decimal Gmv { get; set; }
}
