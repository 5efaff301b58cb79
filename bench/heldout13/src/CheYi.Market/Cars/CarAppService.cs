using CheYi.Market.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace CheYi.Market.Cars;

/// <summary>
/// 车源管理（动态API：/api/market/car）
/// </summary>
[RemoteService]
public class CarAppService : ApplicationService
{
    private readonly IRepository<Car, Guid> _carRepository;
    private readonly PhotoUrlSigner _photoUrlSigner;

    public CarAppService(IRepository<Car, Guid> carRepository, PhotoUrlSigner photoUrlSigner)
    {
        _carRepository = carRepository;
        _photoUrlSigner = photoUrlSigner;
    }

    [AllowAnonymous]
    public async Task<PagedResultDto<CarListDto>> GetListAsync(GetCarListInput input)
    {
        var query = await _carRepository.GetQueryableAsync();
        query = query.Where(c => c.Status == CarStatus.OnSale)
            .WhereIf(!input.Keyword.IsNullOrWhiteSpace(), c => c.Title.Contains(input.Keyword))
            .WhereIf(!input.City.IsNullOrWhiteSpace(), c => c.City == input.City)
            .WhereIf(input.MinPrice.HasValue, c => c.AskingPrice >= input.MinPrice)
            .WhereIf(input.MaxPrice.HasValue, c => c.AskingPrice <= input.MaxPrice);

        var total = await AsyncExecuter.CountAsync(query);
        var cars = await AsyncExecuter.ToListAsync(query.OrderByDescending(c => c.CreationTime).PageBy(input));

        var items = cars.Select(c => new CarListDto
        {
            Id = c.Id,
            Title = c.Title,
            City = c.City,
            AskingPrice = c.AskingPrice,
            MileageKm = c.MileageKm,
            FirstRegister = c.FirstRegisterDate.ToString("yyyy-MM"),
            CoverUrl = _photoUrlSigner.Sign(c.CoverPhotoKey),
            SellerMobileMasked = c.SellerMobile.MaskMobile()
        }).ToList();

        Logger.LogDebug("car list keyword={Keyword} city={City} total={Total}", input.Keyword, input.City, total);
        return new PagedResultDto<CarListDto>(total, items);
    }

    /// <summary>
    /// 车辆详情（详情页，未登录也可访问）
    /// </summary>
    [AllowAnonymous]
    public async Task<CarDetailDto> GetAsync(Guid id)
    {
        var car = await _carRepository.GetAsync(id);
        return ObjectMapper.Map<Car, CarDetailDto>(car);
    }

    [AllowAnonymous]
    public async Task<CarPublicDto> GetShareCardAsync(Guid id)
    {
        var car = await _carRepository.GetAsync(id);
        return new CarPublicDto
        {
            Id = car.Id,
            Title = car.Title,
            AskingPrice = car.AskingPrice,
            MileageKm = car.MileageKm,
            SellerNickName = car.SellerName.MaskName(),
            ContactMobile = "400-820-3355"
        };
    }

    [Authorize("Market.Cars.Create")]
    public async Task<Guid> CreateAsync(CreateCarInput input)
    {
        if (!IdCardValidator.IsValid(input.SellerIdCardNo))
        {
            throw new UserFriendlyException("卖家身份证号格式不正确");
        }

        var existing = await _carRepository.FirstOrDefaultAsync(c => c.Vin == input.Vin && c.Status != CarStatus.Offline);
        if (existing != null)
        {
            throw new UserFriendlyException($"VIN {input.Vin} 已存在在售车源，卖家 {existing.SellerName} {existing.SellerMobile}");
        }

        var car = new Car
        {
            Title = input.Title,
            Brand = input.Brand,
            Series = input.Series,
            Vin = input.Vin,
            PlateNo = input.PlateNo,
            FirstRegisterDate = input.FirstRegisterDate,
            MileageKm = input.MileageKm,
            AskingPrice = input.AskingPrice,
            City = input.City,
            SellerName = input.SellerName,
            SellerMobile = input.SellerMobile,
            SellerIdCardNo = input.SellerIdCardNo,
            Status = CarStatus.PendingInspection
        };
        EntityHelper.TrySetId(car, GuidGenerator.Create);
        await _carRepository.InsertAsync(car);

        Logger.LogInformation("新车源录入 {CarId} 车牌 {Plate} 卖家 {Seller}/{Mobile}", car.Id, car.PlateNo, car.SellerName, car.SellerMobile);
        Logger.LogInformation("car {CarId} created by user {UserId}, asking {Price}", car.Id, CurrentUser.Id, car.AskingPrice);
        return car.Id;
    }

    [Authorize("Market.Cars.Edit")]
    public async Task ChangePriceAsync(Guid id, decimal price)
    {
        var car = await _carRepository.GetAsync(id);
        var old = car.AskingPrice;
        car.AskingPrice = price;
        await _carRepository.UpdateAsync(car);
        Logger.LogInformation("car {CarId} price {Old} -> {New}", id, old, price);
    }

    [Authorize("Market.Cars.Search")]
    public async Task<List<CarDetailDto>> SearchBySellerAsync(string sellerKeyword)
    {
        Logger.LogInformation("后台按卖家检索: {Keyword}", sellerKeyword);
        var query = await _carRepository.GetQueryableAsync();
        var list = query.Where(c => c.SellerName == sellerKeyword || c.SellerMobile == sellerKeyword || c.SellerIdCardNo == sellerKeyword).ToList();
        return ObjectMapper.Map<List<Car>, List<CarDetailDto>>(list);
    }

    public decimal SuggestPrice(decimal newCarPrice, int ageMonths, int mileageKm)
    {
        // 残值率：首年 0.8，之后每年递减 8%，每万公里再减 1.5%
        var years = ageMonths / 12m;
        var rate = years <= 1 ? 0.8m : 0.8m - (years - 1) * 0.08m;
        rate -= mileageKm / 10000m * 0.015m;
        if (rate < 0.1m) rate = 0.1m;
        return Math.Round(newCarPrice * rate, -2);
    }
}
