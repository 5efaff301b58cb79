using DentalDesk.Models;
using Refit;

namespace DentalDesk.Services;

/// <summary>诊所总部服务端接口（Refit 生成实现）。</summary>
[Headers("X-Client: DentalDesk/3.2")]
public interface IClinicApi
{
    [Get("/api/patients/search")]
    Task<List<Patient>> SearchPatientsAsync([Query] string keyword);

    [Get("/api/patients/{id}")]
    Task<Patient> GetPatientAsync(long id);

    [Post("/api/appointments")]
    Task<Appointment> BookAsync([Body] Appointment appointment);

    [Post("/api/auth/login")]
    Task<LoginResult> LoginAsync([Body] LoginRequest request);

    [Get("/api/schedule/{date}")]
    Task<List<Appointment>> ScheduleAsync(string date);
}

public record LoginRequest(string ClinicCode, string UserName, string Password);
public record LoginResult(string AccessToken, string DisplayName, string[] Roles);

public static class ClinicApiFactory
{
    public const string BaseUrl = "https://his.smile-dental.cn";
    private const string ApiKeyHeader = "X-Api-Key";
    private const string DeskApiKey = "7Hl0suExclp3G2nBwJ9h5PMYwexU5Lmi";

    public static IClinicApi Create(Func<string> tokenAccessor)
    {
        var http = new HttpClient(new AuthHandler(tokenAccessor) { InnerHandler = new HttpClientHandler() })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromSeconds(15),
        };
        http.DefaultRequestHeaders.Add(ApiKeyHeader, DeskApiKey);
        return RestService.For<IClinicApi>(http);
    }

    private sealed class AuthHandler : DelegatingHandler
    {
        private readonly Func<string> _token;
        public AuthHandler(Func<string> token) => _token = token;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var token = _token();
            if (!string.IsNullOrEmpty(token))
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, ct);
        }
    }
}
