using Microsoft.EntityFrameworkCore;

namespace Canteen.Grpc.Infrastructure;

public class Student
{
    public int Id { get; set; }
    public string StudentNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string ClassName { get; set; } = "";
    public string IdCard { get; set; } = "";
    public string CardUid { get; set; } = "";
    public string? FaceId { get; set; }
    public int BalanceFen { get; set; }
    public int DailyLimitFen { get; set; } = 3000;
    public string? Allergies { get; set; }
    public string? PinHash { get; set; }
    public string? PinSalt { get; set; }
    public string GuardianName { get; set; } = "";
    public string GuardianMobile { get; set; } = "";
    public string GuardianOpenId { get; set; } = "";
}

public class MealOrder
{
    public long Id { get; set; }
    public int StudentId { get; set; }
    public string TerminalId { get; set; } = "";
    public string Window { get; set; } = "";
    public int AmountFen { get; set; }
    public string Dishes { get; set; } = "";
    public DateTime At { get; set; }
}

public class TopUp
{
    public long Id { get; set; }
    public int StudentId { get; set; }
    public string OutTradeNo { get; set; } = "";
    public string? TransactionId { get; set; }
    public int AmountFen { get; set; }
    public string PayerOpenId { get; set; } = "";
    public string State { get; set; } = "NOTPAY";
    public DateTime CreatedAt { get; set; }
}

public class CanteenDbContext : DbContext
{
    public CanteenDbContext(DbContextOptions<CanteenDbContext> options) : base(options) { }

    public DbSet<Student> Students => Set<Student>();
    public DbSet<MealOrder> MealOrders => Set<MealOrder>();
    public DbSet<TopUp> TopUps => Set<TopUp>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Student>().HasIndex(x => x.CardUid).IsUnique();
        b.Entity<Student>().HasIndex(x => x.StudentNo).IsUnique();
        b.Entity<TopUp>().HasIndex(x => x.OutTradeNo).IsUnique();
    }
}
