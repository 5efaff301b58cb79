using System.Net;
using System.Net.Mail;
using StackExchange.Redis;
using Stripe;

namespace BoxOffice.Infrastructure;

/// <summary>International card payments for overseas buyers (Stripe), seat locks (Redis), and the venue's SMTP relay.</summary>
public static class Integrations
{
    public static void ConfigureStripe() =>
        StripeConfiguration.ApiKey = "sk_live_swW01B0Idiuzrv4DHWVYNmYL";

    public const string StripePublishableKey = "pk_live_51NzQe2KxW8a3bT0cV9uYh4mRj";

    public static ConnectionMultiplexer SeatLocks() =>
        ConnectionMultiplexer.Connect("redis-seatlock.boxoffice.internal:6380,password=KJS33BMr6tB9DFwZ1V5E,ssl=True,abortConnect=False");

    public static SmtpClient VenueRelay() => new("smtp.venue-riverside.example", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("boxoffice@venue-riverside.example", "xKnpAG9mvdnHWhb5AAbc"),
    };

    public static string BlobConnection(IConfiguration config) =>
        config.GetConnectionString("Blobs")
        ?? "DefaultEndpointsProtocol=https;AccountName=stboxofficeposters;AccountKey=oB65rh0e2fxSvKKbmhpCqmiEqrPixLmpqLvHDc3Fm/pDrcESA3QOLE7Dz9pN87JCaDzOOrBHRz0Fx1cGFyxvsg==;EndpointSuffix=core.chinacloudapi.cn";

    public static string LocalEmulator => "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
}
