using CareHome.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Data;

public class CareDbContext : DbContext
{
    public CareDbContext(DbContextOptions<CareDbContext> options) : base(options) { }

    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<VitalSign> Vitals => Set<VitalSign>();
    public DbSet<Caregiver> Caregivers => Set<Caregiver>();
    public DbSet<HomeVisit> Visits => Set<HomeVisit>();
    public DbSet<CareInvoice> Invoices => Set<CareInvoice>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Resident>(e =>
        {
            e.ToTable("resident");
            e.HasIndex(x => x.ResidentNo).IsUnique();
            e.HasIndex(x => x.IdCardNo).IsUnique();
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdCardNo).HasMaxLength(18).IsFixedLength();
            e.Property(x => x.Level).HasConversion<int>();
            e.HasMany(x => x.Family).WithOne().HasForeignKey(f => f.ResidentId);
            e.HasMany(x => x.Vitals).WithOne().HasForeignKey(v => v.ResidentId);
        });
        b.Entity<FamilyMember>().ToTable("family_member");
        b.Entity<VitalSign>().ToTable("vital_sign");
        b.Entity<Caregiver>(e =>
        {
            e.ToTable("caregiver");
            e.HasIndex(x => x.LoginName).IsUnique();
            e.HasData(new Caregiver
            {
                Id = 1,
                StaffNo = "YK0001",
                Name = "系统管理员",
                LoginName = "admin",
                PasswordHash = "e10adc3949ba59abbe56e057f20f883e",
                Role = "admin",
            });
        });
        b.Entity<HomeVisit>().ToTable("home_visit");
        b.Entity<CareInvoice>(e =>
        {
            e.ToTable("care_invoice");
            e.Ignore(x => x.Total);
            e.Property(x => x.BedFee).HasPrecision(10, 2);
            e.Property(x => x.CareFee).HasPrecision(10, 2);
            e.Property(x => x.MealFee).HasPrecision(10, 2);
            e.Property(x => x.MedicineFee).HasPrecision(10, 2);
            e.Property(x => x.Subsidy).HasPrecision(10, 2);
        });
    }
}
