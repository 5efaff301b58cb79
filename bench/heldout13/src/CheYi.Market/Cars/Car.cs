using Volo.Abp.Domain.Entities.Auditing;

namespace CheYi.Market.Cars;

public class Car : FullAuditedAggregateRoot<Guid>
{
    public string Title { get; set; }
    public string Brand { get; set; }
    public string Series { get; set; }
    public string Vin { get; set; }
    public string PlateNo { get; set; }
    public DateTime FirstRegisterDate { get; set; }
    public int MileageKm { get; set; }
    public decimal AskingPrice { get; set; }
    public decimal? FloorPrice { get; set; }
    public CarStatus Status { get; set; }
    public string City { get; set; }

    public Guid SellerId { get; set; }
    public string SellerName { get; set; }
    public string SellerMobile { get; set; }
    public string SellerIdCardNo { get; set; }
    public string SellerAddress { get; set; }

    public int TransferCount { get; set; }
    public bool HasAccidentRecord { get; set; }
    public string CoverPhotoKey { get; set; }

    public int AgeInMonths(DateTime today) =>
        (today.Year - FirstRegisterDate.Year) * 12 + today.Month - FirstRegisterDate.Month;
}

public enum CarStatus
{
    Draft = 0,
    PendingInspection = 1,
    OnSale = 2,
    Reserved = 3,
    Sold = 4,
    Offline = 9
}
