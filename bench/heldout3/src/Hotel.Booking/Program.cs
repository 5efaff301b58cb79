using Hangfire;
using Hotel.Booking.Data;
using Hotel.Booking.Endpoints;
using Hotel.Booking.Infrastructure;
using Hotel.Booking.Ota;
using Hotel.Booking.Police;
using Microsoft.EntityFrameworkCore;
using Polly;
using Refit;

var builder = WebApplication.CreateBuilder(args);

var dbConn = builder.Configuration.GetConnectionString("Hotel")
             ?? "Server=10.20.1.15;Database=hotel_pms;User Id=pms_app;Password=Pms@2024!xq;TrustServerCertificate=True";
builder.Services.AddDbContext<HotelDbContext>(o => o.UseSqlServer(dbConn));

builder.Services.AddHangfire(cfg => cfg.UseSqlServerStorage(builder.Configuration.GetConnectionString("Jobs")));
builder.Services.AddHangfireServer();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<GlobalExceptionHandler>();
builder.Services.AddOutputCache(o => o.AddBasePolicy(p => p.Expire(TimeSpan.FromSeconds(30))));

builder.Services.AddTransient<PoliceSignatureHandler>();
builder.Services
    .AddRefitClient<IPoliceRegistrationApi>()
    .ConfigureHttpClient(c => c.BaseAddress = new Uri(builder.Configuration["Police:BaseUrl"]!))
    .AddHttpMessageHandler<PoliceSignatureHandler>()
    .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(Math.Pow(2, i))));

builder.Services.AddTransient<OtaSignatureHandler>();
builder.Services.AddHttpClient("ctrip", c =>
{
    c.BaseAddress = new Uri("https://openapi.ctrip-partner.example.com/");
    c.DefaultRequestHeaders.Add("X-Partner-Id", "HTL-SZ-00871");
    c.DefaultRequestHeaders.Add("X-Api-Key", "cRRzaHDLGCyxaSu6x74vtJIGvWWIIwEC");
}).AddHttpMessageHandler<OtaSignatureHandler>();

builder.Services.AddScoped<Hotel.Booking.Services.FrontDeskAuth>();
builder.Services.AddScoped<Hotel.Booking.Services.GuestMailer>();
builder.Services.AddSingleton<Hotel.Booking.Services.RoomCacheKeys>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseOutputCache();

app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = new[] { new BasicAuthDashboardFilter("ops", "Hf#dash2024") }
});

app.MapGuestEndpoints();
app.MapReservationEndpoints();

RecurringJob.AddOrUpdate<PoliceUploadJob>("police-upload", j => j.RunAsync(CancellationToken.None), "*/5 * * * *");

app.Run();

public sealed class BasicAuthDashboardFilter(string user, string password) : Hangfire.Dashboard.IDashboardAuthorizationFilter
{
    public bool Authorize(Hangfire.Dashboard.DashboardContext context)
    {
        var header = context.GetHttpContext().Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ")) return false;
        var raw = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        return raw == $"{user}:{password}";
    }
}
