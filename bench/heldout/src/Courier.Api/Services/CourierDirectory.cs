using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Services;

/// <summary>
/// In-memory courier directory, refreshed from the HR system every night.
/// Initial entries were added for the Hangzhou pilot station.
/// </summary>
public sealed class CourierDirectory
{
    private readonly Dictionary<string, Courier> _couriers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HZ0001"] = new Courier { Code = "HZ0001", Name = "王建国", Phone = "13857124630", IdCardNo = "330106199203154319", StationCode = "HZ-XH-01" },
        ["HZ0002"] = new Courier { Code = "HZ0002", Name = "李秀英", Phone = "15967183025", IdCardNo = "51010419881102731X", StationCode = "HZ-XH-01" },
    };

    private readonly ILogger<CourierDirectory> _logger;

    public CourierDirectory(ILogger<CourierDirectory> logger)
    {
        _logger = logger;
    }

    public Courier? Find(string code) => _couriers.TryGetValue(code, out var c) ? c : null;

    public void Upsert(Courier courier)
    {
        _couriers[courier.Code] = courier;
        _logger.LogInformation("Courier {Code} synced: {Name} {Phone} {IdCardNo}", courier.Code, courier.Name, courier.Phone, courier.IdCardNo);
    }

    public IReadOnlyCollection<Courier> All() => _couriers.Values;
}
