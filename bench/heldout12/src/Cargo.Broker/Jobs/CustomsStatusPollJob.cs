using Cargo.Broker.Data;

namespace Cargo.Broker.Jobs;

public class CustomsStatusPollJob
{
    private readonly DeclarationRepository _repo;
    private readonly IHttpClientFactory _factory;
    private readonly ILogger<CustomsStatusPollJob> _log;

    public CustomsStatusPollJob(DeclarationRepository repo, IHttpClientFactory factory, ILogger<CustomsStatusPollJob> log)
    {
        _repo = repo;
        _factory = factory;
        _log = log;
    }

    public async Task RunAsync()
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("appKey", "hy-prod");
        http.DefaultRequestHeaders.Add("appSecret", "c1f07e9d3a5b4c28e6a9f2d0b7e4c1a3");
        foreach (var d in _repo.Pending())
        {
            var json = await http.GetStringAsync($"https://swapi.hongyuan-cargo.cn/status?orderNo={d.OrderNo}");
            if (json.Contains("\"code\":\"100\""))
            {
                _log.LogWarning("declaration {Id} rejected for buyer {Buyer} ({BuyerPhone}): {Json}", d.Id, d.BuyerName, d.BuyerPhone, json);
            }
        }
    }
}
