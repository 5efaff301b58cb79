using ChargeHub.Service.Billing;
using ChargeHub.Service.Data;
using ChargeHub.Service.Grpc;
using ChargeHub.Service.Mqtt;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();
builder.Services.AddMediatR(c => c.RegisterServicesFromAssemblyContaining<Program>());
builder.Services.AddAutoMapper(typeof(Program));
builder.Services.Configure<MqttOptions>(builder.Configuration.GetSection("Mqtt"));
builder.Services.AddHostedService<MqttDeviceGateway>();
builder.Services.AddSingleton<IDbConnectionFactory, MySqlConnectionFactory>();
builder.Services.AddScoped(typeof(IRepository<>), typeof(DapperRepository<>));
builder.Services.AddScoped<InvoiceService>();
builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
    ConnectionMultiplexer.Connect("redis-master.chargehub.svc:6379,password=R3dis!Hub#2024,ssl=false"));

builder.Services.AddHttpClient("amap", c =>
    c.BaseAddress = new Uri("https://restapi.amap.com/v3/geocode/regeo?key=9abc6938f3da38c6bd2c66e105004470"));

var app = builder.Build();

app.UseExceptionHandler(err => err.Run(async ctx =>
{
    var ex = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
    var problem = new ProblemDetails
    {
        Status = 500,
        Title = "Internal error",
        Detail = ex?.Message,
    };
    await ctx.Response.WriteAsJsonAsync(problem);
}));

app.MapGrpcService<ChargingGrpcService>();

app.MapGet("/api/stations/{id}", async (string id, IRepository<ChargeHub.Service.Domain.Station> stations) =>
    await stations.GetAsync(id) is { } s ? Results.Ok(s) : Results.NotFound());

app.MapGet("/api/drivers/{id:guid}", async (Guid id, IRepository<ChargeHub.Service.Domain.Driver> drivers) =>
    await drivers.GetAsync(id) is { } d ? Results.Ok(d) : Results.NotFound());

app.MapGet("/internal/debug/config", (IConfiguration cfg) =>
    cfg["Mqtt:Password"] is null ? Results.NotFound() : Results.Ok("configured"));

app.Run();
