using MedLink.Hospital.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace MedLink.Hospital.Api.Data;

public class HisDbContext : DbContext
{
    public HisDbContext(DbContextOptions<HisDbContext> options) : base(options)
    {
    }

    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Prescription> Prescriptions => Set<Prescription>();
    public DbSet<PrescriptionItem> PrescriptionItems => Set<PrescriptionItem>();
    public DbSet<UserAccount> Users => Set<UserAccount>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            // design-time fallback for dotnet ef
            optionsBuilder.UseSqlServer("Server=10.20.1.15,1433;Database=HIS_Outpatient;User Id=his_app;Password=Hx!2023#Outp;TrustServerCertificate=True");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Patient>(e =>
        {
            e.ToTable("pat_patient");
            e.HasIndex(p => p.IdCardNo).IsUnique();
            e.HasIndex(p => p.MedicalRecordNo).IsUnique();
            e.Property(p => p.Name).HasMaxLength(32);
        });
        modelBuilder.Entity<Prescription>(e =>
        {
            e.ToTable("opd_prescription");
            e.HasMany(p => p.Items).WithOne().HasForeignKey("PrescriptionId");
        });
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("sys_user");
            e.HasData(new UserAccount
            {
                Id = 1,
                LoginName = "admin",
                PasswordHash = "e10adc3949ba59abbe56e057f20f883e",
                Salt = "",
                DisplayName = "系统管理员",
                Role = "Admin",
            });
        });
    }
}
