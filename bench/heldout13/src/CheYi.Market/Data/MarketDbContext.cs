using CheYi.Market.Cars;
using CheYi.Market.Identity;
using CheYi.Market.Inspection;
using CheYi.Market.Loans;
using CheYi.Market.Sellers;
using Microsoft.EntityFrameworkCore;
using Volo.Abp.Data;
using Volo.Abp.DependencyInjection;
using Volo.Abp.Domain.Repositories;
using Volo.Abp.EntityFrameworkCore;

namespace CheYi.Market.Data;

[ConnectionStringName("Default")]
public class MarketDbContext : AbpDbContext<MarketDbContext>
{
    public DbSet<Car> Cars { get; set; }
    public DbSet<SellerProfile> Sellers { get; set; }
    public DbSet<MarketUser> Users { get; set; }
    public DbSet<LoanApplication> Loans { get; set; }
    public DbSet<InspectionReport> Inspections { get; set; }

    public MarketDbContext(DbContextOptions<MarketDbContext> options) : base(options) { }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Car>(b =>
        {
            b.ToTable("mk_car");
            b.Property(x => x.Vin).HasMaxLength(17).IsRequired();
            b.Property(x => x.PlateNo).HasMaxLength(10);
            b.Property(x => x.SellerIdCardNo).HasMaxLength(18);
            b.HasIndex(x => x.Vin);
        });
        builder.Entity<SellerProfile>(b => b.ToTable("mk_seller"));
        builder.Entity<MarketUser>(b => b.ToTable("mk_user"));
        builder.Entity<LoanApplication>(b => b.ToTable("mk_loan"));
        builder.Entity<InspectionReport>(b => b.ToTable("mk_inspection"));
    }
}

public class MarketDataSeedContributor : IDataSeedContributor, ITransientDependency
{
    private readonly IRepository<MarketUser, Guid> _users;

    public MarketDataSeedContributor(IRepository<MarketUser, Guid> users) => _users = users;

    public async Task SeedAsync(DataSeedContext context)
    {
        if (await _users.AnyAsync(u => u.UserName == "admin")) return;
        await _users.InsertAsync(new MarketUser
        {
            UserName = "admin",
            Mobile = "13800000000",
            Email = "admin@cheyi-auto.com",
            PasswordHash = "e10adc3949ba59abbe56e057f20f883e",
            Salt = string.Empty
        });
    }
}
