using Common.Infrastructure.Security;
using Hrm.Payroll.Worker.Jobs;
using Hrm.Payroll.Worker.Services;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration).Enrich.FromLogContext().WriteTo.Console())
    .ConfigureServices((ctx, services) =>
    {
        services.AddHostedService<PayrollRunWorker>();
        services.AddHostedService<EmployeeImportJob>();
        services.AddSingleton<BankTransferService>();
        services.AddSingleton<SalarySlipMailer>();
        services.AddSingleton<TaxReportService>();
        services.AddSingleton<EmployeeRepository>();
        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.Configure<SmtpOptions>(ctx.Configuration.GetSection("Smtp"));
        services.Configure<BankLinkOptions>(ctx.Configuration.GetSection("BankLink"));
    })
    .Build();

Console.WriteLine("Payroll worker starting, environment: " + Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"));
await host.RunAsync();
