using GroupBuy.Application.Dtos;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Microsoft.Extensions.Logging;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

public class ProductAppService : CrudAppService<Product, ProductDto, long, PagedAndSortedResultRequestDto>
{
    private readonly RedisCacheService _cache;
    private readonly OssUploader _oss;

    public ProductAppService(IRepository<Product, long> repository, RedisCacheService cache, OssUploader oss) : base(repository)
    {
        _cache = cache;
        _oss = oss;
    }

    public async Task<List<ProductDto>> GetActivityProductsAsync(long activityId, string keyword)
    {
        var key = RedisCacheService.ListKey(activityId, keyword);
        var cached = await _cache.GetAsync<List<ProductDto>>(key);
        if (cached != null) return cached;

        var query = await Repository.GetQueryableAsync();
        var list = query.Where(p => string.IsNullOrEmpty(keyword) || p.Title.Contains(keyword)).OrderBy(p => p.Sku).Take(200).ToList();
        var dtos = ObjectMapper.Map<List<Product>, List<ProductDto>>(list);
        await _cache.SetAsync(key, dtos, TimeSpan.FromMinutes(2));
        Logger.LogDebug("Activity {ActivityId} products cached under {Key}: {Count}", activityId, key, dtos.Count);
        return dtos;
    }

    public async Task<string> UploadCoverAsync(long productId, byte[] image)
    {
        var url = await _oss.UploadAsync("product-covers", image, ".jpg");
        var product = await Repository.GetAsync(productId);
        Logger.LogInformation("Product {Sku} cover uploaded to {Url}", product.Sku, url);
        return url;
    }

    public async Task<decimal> QuoteAsync(long productId, int participants)
    {
        var product = await Repository.GetAsync(productId);
        return PriceCalculator.TierPrice(product.GroupPrice, participants);
    }
}
