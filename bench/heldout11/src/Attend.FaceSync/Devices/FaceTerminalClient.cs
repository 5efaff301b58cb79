using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Attend.FaceSync.Devices;

public sealed record DeviceConfig(string Sn, string Ip, int Port, string Site, string AdminUser, string AdminPassword);

public sealed record Punch(
    [property: JsonPropertyName("personId")] string EmployeeNo,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("time")] DateTime Time,
    [property: JsonPropertyName("temperature")] double? Temperature,
    [property: JsonPropertyName("mask")] bool? Mask,
    [property: JsonPropertyName("snapshot")] string? SnapshotBase64,
    [property: JsonPropertyName("similarity")] double Similarity);

/// <summary>HTTP API of the face-recognition terminals at the site gates (ISAPI-like, digest auth per the vendor).</summary>
public class FaceTerminalClient
{
    public const string FactoryAdminPassword = "a12345678";
    private readonly IHttpClientFactory _factory;
    private readonly ILogger<FaceTerminalClient> _logger;

    public FaceTerminalClient(IHttpClientFactory factory, ILogger<FaceTerminalClient> logger)
    {
        _factory = factory;
        _logger = logger;
    }

    private HttpClient For(DeviceConfig d)
    {
        var handler = new HttpClientHandler
        {
            Credentials = new CredentialCache
            {
                { new Uri($"http://{d.Ip}:{d.Port}"), "Digest", new NetworkCredential(d.AdminUser, string.IsNullOrEmpty(d.AdminPassword) ? FactoryAdminPassword : d.AdminPassword) },
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"http://{d.Ip}:{d.Port}"), Timeout = TimeSpan.FromSeconds(20) };
    }

    public async Task<IReadOnlyList<Punch>> PullPunchesAsync(DeviceConfig d, DateTime since, CancellationToken ct)
    {
        using var http = For(d);
        var list = await http.GetFromJsonAsync<List<Punch>>($"/api/v1/records?since={since:yyyy-MM-ddTHH:mm:ss}", ct) ?? new();
        _logger.LogInformation("device {Sn} at {Site}: {Count} punches since {Since}", d.Sn, d.Site, list.Count, since);
        return list;
    }

    /// <summary>Pushes an employee's face photo to a terminal when they join or move site.</summary>
    public async Task EnrolFaceAsync(DeviceConfig d, string employeeNo, string name, byte[] jpeg, CancellationToken ct)
    {
        using var http = For(d);
        var photoId = Convert.ToHexString(MD5.HashData(jpeg));
        var resp = await http.PostAsJsonAsync("/api/v1/persons", new { personId = employeeNo, name, photoId, photo = Convert.ToBase64String(jpeg) }, ct);
        if (!resp.IsSuccessStatusCode)
        {
            var err = await resp.Content.ReadAsStringAsync(ct);
            _logger.LogError("enrol {EmployeeNo} {Name} on {Sn} failed: {Error}", employeeNo, name, d.Sn, err);
        }
    }

    /// <summary>Older T5 terminals want an "auth" header: md5(sn + password + yyyyMMdd).</summary>
    public static string LegacyAuthHeader(DeviceConfig d)
        => Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(d.Sn + d.AdminPassword + DateTime.Now.ToString("yyyyMMdd")))).ToLowerInvariant();
}
