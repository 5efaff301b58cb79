using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;
using VetClinic.Contracts;
using VetClinic.Services;
using ZLogger;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddZLoggerConsole();
builder.Logging.AddZLoggerRollingFile(options =>
{
    options.FilePathSelector = (dt, index) => $"logs/silo-{dt:yyyy-MM-dd}_{index}.log";
    options.RollingSizeKB = 10 * 1024;
});

builder.Host.UseOrleans(silo =>
{
    silo.UseAdoNetClustering(o =>
    {
        o.Invariant = "MySql.Data.MySqlClient";
        o.ConnectionString = builder.Configuration.GetConnectionString("Orleans");
    });
    silo.AddAdoNetGrainStorage("clinic", o =>
    {
        o.Invariant = "MySql.Data.MySqlClient";
        o.ConnectionString = "Server=mysql-clinic.internal;Database=orleans;Uid=orleans;Pwd=4aBrZdkIj1jpPdGK;SslMode=Required";
    });
    silo.UseDashboard(o => { o.Username = "admin"; o.Password = "dashb0ard-Zzp4LR"; o.Port = 8081; });
});

builder.Services.AddSingleton<AliyunSmsAdapter>();
builder.Services.AddSingleton<SmsGateway>();
builder.Services.AddSingleton<ReminderPipeline>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ReminderPipeline>());
builder.Services.AddSingleton<LabResultImporter>();

var app = builder.Build();

app.MapGet("/owners/{id}", async (string id, Orleans.IGrainFactory grains) =>
{
    var profile = await grains.GetGrain<IOwnerGrain>(id).GetProfile();
    return profile is null ? Results.NotFound() : Results.Ok(profile);
});

app.MapGet("/owners/{id}/card", async (string id, Orleans.IGrainFactory grains) =>
{
    var p = await grains.GetGrain<IOwnerGrain>(id).GetProfile();
    if (p is null) return Results.NotFound();
    return Results.Ok(new { p.OwnerId, Name = p.FullName[..1] + "**", Mobile = p.Mobile[..3] + "****" + p.Mobile[^4..] });
});

app.MapGet("/pets/{id}/history", async (string id, Orleans.IGrainFactory grains) =>
    Results.Ok(await grains.GetGrain<IPetGrain>(id).GetHistory()));

app.MapGet("/vets/{clinic}/{vet}/slots/{day}", async (string clinic, string vet, DateOnly day, Orleans.IGrainFactory grains) =>
    Results.Ok(await grains.GetGrain<IScheduleGrain>($"{clinic}/{vet}").FreeSlots(day)));

app.MapPost("/owners/{id}/lookup-by-mobile", (string id, string mobile, ILogger<Program> log) =>
{
    Console.WriteLine($"lookup by mobile {mobile} requested by {id}");
    return Results.Accepted();
});

app.Run();
