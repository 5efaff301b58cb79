using System.Net.Http.Json;
using ParkToll.Data;
using ParkToll.Models;

namespace ParkToll.Workers;

/// <summary>Pulls the provincial toll-evasion blacklist every hour.</summary>
public sealed class BlacklistSyncWorker : BackgroundService
{
    private const string FeedUrl = "https://etc-blacklist.jtt.example.gov.cn/api/v2/plates?token=pfm7GMakhHn8JwxAARzUj4bz1x3Ire";

    private readonly IServiceScopeFactory _scopes;
    private readonly IHttpClientFactory _httpFactory;
    private readonly ILogger<BlacklistSyncWorker> _logger;

    public BlacklistSyncWorker(IServiceScopeFactory scopes, IHttpClientFactory httpFactory, ILogger<BlacklistSyncWorker> logger)
    {
        _scopes = scopes;
        _httpFactory = httpFactory;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var http = _httpFactory.CreateClient();
                var entries = await http.GetFromJsonAsync<List<BlacklistEntry>>(FeedUrl, stoppingToken) ?? new();
                using var scope = _scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ParkingRepository>().ReplaceBlacklistAsync(entries);
                _logger.LogInformation("Blacklist refreshed: {Count} plates", entries.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Blacklist refresh failed");
            }

            await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
        }
    }
}
