using CareHome.Data;
using CareHome.Domain;
using CareHome.Features.Residents;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CareHome.Tests;

public class AdmitResidentTests
{
    private static CareDbContext NewDb() =>
        new(new DbContextOptionsBuilder<CareDbContext>().UseInMemoryDatabase(Guid.NewGuid().ToString()).Options);

    private static AdmitResident Sample(string idCard = "11010519491231002X") => new(
        "测试老人", idCard, "13900001111", "测试路 1 号", "3A", CareLevel.Assisted,
        "高血压", "青霉素", "YB000001", "测试家属", "子女", "13900002222");

    [Fact]
    public void Validator_rejects_short_id()
    {
        var v = new AdmitResidentValidator();
        var result = v.Validate(Sample("1234"));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(AdmitResident.IdCardNo));
    }

    [Fact]
    public void Validator_accepts_sample()
    {
        var v = new AdmitResidentValidator();
        Assert.True(v.Validate(Sample()).IsValid);
    }

    [Fact]
    public async Task Birth_date_and_gender_come_from_the_id()
    {
        await using var db = NewDb();
        db.Residents.Add(new Resident { Name = "甲", IdCardNo = "11010519491231002X", BirthDate = new DateOnly(1949, 12, 31), Gender = "女" });
        await db.SaveChangesAsync();
        var r = await db.Residents.SingleAsync();
        Assert.Equal(76, r.Age(new DateOnly(2026, 1, 1)));
    }
}
