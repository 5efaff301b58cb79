using Akka.Actor;
using Akka.Hosting;
using Rider.Dispatch.Actors;
using Rider.Dispatch.Components;
using Rider.Dispatch.Services;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var redis = ConnectionMultiplexer.Connect(
    builder.Configuration["Redis"] ?? "redis-dispatch.internal:6379,password=R3d1s!Dispatch,abortConnect=false");
builder.Services.AddSingleton<IConnectionMultiplexer>(redis);

builder.Services.AddSingleton<RiderRepository>();
builder.Services.AddSingleton<PayoutService>();
builder.Services.AddSingleton<InsuranceClient>();
builder.Services.AddSingleton<GeoClient>();
builder.Services.AddHttpClient();

builder.Services.AddAkka("dispatch", (akka, sp) =>
{
    akka.AddHocon(@"
        akka {
          loglevel = INFO
          loggers = [""Akka.Logger.Extensions.Logging.LoggingLogger, Akka.Logger.Extensions.Logging""]
          actor.provider = local
        }", HoconAddMode.Prepend);
    akka.WithActors((system, registry, resolver) =>
    {
        var dispatcher = system.ActorOf(resolver.Props<DispatchActor>(), "dispatcher");
        registry.Register<DispatchActor>(dispatcher);
    });
});

var app = builder.Build();
app.UseStaticFiles();
app.UseAntiforgery();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.MapPost("/api/orders", async (Rider.Dispatch.Models.DeliveryOrder order, IRequiredActor<DispatchActor> dispatcher, ILogger<Program> log) =>
{
    log.LogInformation("new order {OrderId} from {Shop}", order.OrderId, order.ShopName);
    (await dispatcher.GetAsync()).Tell(new Rider.Dispatch.Models.AssignOrder(order));
    return Results.Accepted();
});

app.MapPost("/api/riders/{id:int}/location", async (int id, Rider.Dispatch.Models.RiderLocation loc, IRequiredActor<DispatchActor> dispatcher) =>
{
    (await dispatcher.GetAsync()).Tell(loc with { RiderId = id });
    return Results.NoContent();
});

app.MapGet("/api/riders/{id:int}", async (int id, RiderRepository repo) =>
    await repo.FindAsync(id) is { } r ? Results.Ok(r) : Results.NotFound());

app.Run();
