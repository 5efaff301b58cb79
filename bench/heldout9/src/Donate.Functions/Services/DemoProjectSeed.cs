using Donate.Models;

namespace Donate.Services;

/// <summary>
/// Data for the sales demo environment (copied from a real case by the PM so that the demo
/// "looks real").
/// </summary>
public static class DemoProjectSeed
{
    public static Beneficiary Beneficiary() => new()
    {
        Id = 1,
        Name = "陈桂兰",
        IdCardNo = "510107195809056643",
        Mobile = "15770972175",
        Hospital = "四川大学华西医院",
        Diagnosis = "急性髓系白血病",
        BankName = "中国农业银行",
        Payee = "陈桂兰",
        VerifyStatus = "approved",
    };

    public static FundraisingProject Project() => new()
    {
        Id = 1,
        Title = "帮帮化疗中的陈阿姨",
        TargetCents = 30000000,
        BeneficiaryId = 1,
        EndsAt = DateTime.Today.AddDays(30),
    };

    public static Donor SampleDonor() => new()
    {
        Id = 1,
        OpenId = "oDemo_0000000000000000000001",
        RealName = "测试用户",
        Mobile = "13800000000",
        Anonymous = true,
    };
}
