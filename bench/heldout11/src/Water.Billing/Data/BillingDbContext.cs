using Microsoft.EntityFrameworkCore;

namespace Water.Billing.Data;

public class BillingDbContext : DbContext
{
    public BillingDbContext(DbContextOptions<BillingDbContext> options) : base(options) { }

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Reading> Readings => Set<Reading>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Cashier> Cashiers => Set<Cashier>();
    public DbSet<SubsidyApplication> Subsidies => Set<SubsidyApplication>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Account>().HasIndex(a => a.AccountNo).IsUnique();
        b.Entity<Account>().HasIndex(a => a.MeterNo);
        b.Entity<Account>().Property(a => a.Balance).HasPrecision(12, 2);
        b.Entity<Bill>().HasIndex(x => new { x.AccountNo, x.Period }).IsUnique();
        b.Entity<Bill>().Property(x => x.Amount).HasPrecision(12, 2);
        b.Entity<Bill>().Property(x => x.Paid).HasPrecision(12, 2);
        b.Entity<Bill>().Property(x => x.Usage).HasPrecision(12, 3);
        b.Entity<Reading>().Property(x => x.Value).HasPrecision(12, 3);
        b.Entity<Payment>().Property(x => x.Amount).HasPrecision(12, 2);
        b.Entity<Cashier>().HasKey(c => c.Id);
    }
}
