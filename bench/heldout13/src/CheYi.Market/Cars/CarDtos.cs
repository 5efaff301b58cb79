using Volo.Abp.Application.Dtos;

namespace CheYi.Market.Cars;

public class CarListDto : EntityDto<Guid>
{
    public string Title { get; set; }
    public string City { get; set; }
    public decimal AskingPrice { get; set; }
    public int MileageKm { get; set; }
    public string FirstRegister { get; set; }
    public string CoverUrl { get; set; }
    public string SellerMobileMasked { get; set; }
}

public class CarDetailDto : EntityDto<Guid>
{
    public string Title { get; set; }
    public string Brand { get; set; }
    public string Series { get; set; }
    public string Vin { get; set; }
    public string PlateNo { get; set; }
    public int MileageKm { get; set; }
    public decimal AskingPrice { get; set; }
    public int TransferCount { get; set; }
    public bool HasAccidentRecord { get; set; }
    public string SellerName { get; set; }
    public string SellerMobile { get; set; }
    public string SellerIdCardNo { get; set; }
    public string SellerAddress { get; set; }
}

public class CarPublicDto : EntityDto<Guid>
{
    public string Title { get; set; }
    public decimal AskingPrice { get; set; }
    public int MileageKm { get; set; }
    public string SellerNickName { get; set; }
    public string ContactMobile { get; set; }
}

public class GetCarListInput : PagedAndSortedResultRequestDto
{
    public string Keyword { get; set; }
    public string City { get; set; }
    public decimal? MinPrice { get; set; }
    public decimal? MaxPrice { get; set; }
}

public class CreateCarInput
{
    public string Title { get; set; }
    public string Brand { get; set; }
    public string Series { get; set; }
    public string Vin { get; set; }
    public string PlateNo { get; set; }
    public DateTime FirstRegisterDate { get; set; }
    public int MileageKm { get; set; }
    public decimal AskingPrice { get; set; }
    public string City { get; set; }
    public string SellerName { get; set; }
    public string SellerMobile { get; set; }
    public string SellerIdCardNo { get; set; }
}
