using Estate.Agency.Entities;
using Estate.Agency.Helpers;

namespace Estate.Agency.Data;

/// <summary>Initial data inserted by the installer on an empty database.</summary>
public static class SeedData
{
    public static IEnumerable<Agent> Agents()
    {
        yield return new Agent
        {
            Id = 1,
            Account = "superadmin",
            Salt = "anju",
            Password = "e10adc3949ba59abbe56e057f20f883e",
            RealName = "系统管理员",
            Phone = "0571-88886666",
            StoreId = 0,
        };
        yield return new Agent
        {
            Id = 2,
            Account = "demo",
            Salt = "demo",
            Password = EncryptHelper.PasswordHash("Demo@123", "demo"),
            RealName = "演示账号",
            Phone = "13800000000",
            StoreId = 1,
        };
    }

    public static IEnumerable<Customer> DemoCustomers()
    {
        yield return new Customer { Id = 1, RealName = "测试客户", Phone = "13900000000", Intention = 1, District = "西湖区" };
        yield return new Customer { Id = 2, RealName = "周文涛", Phone = "13757104826", IdCard = "33010619860412778X", Intention = 3, District = "上城区", Remark = "老客户，转介绍" };
    }
}
