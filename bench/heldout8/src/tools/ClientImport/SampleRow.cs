namespace ClientImport;

/// <summary>The row the firm's IT used to check the import by hand (left in after the pilot).</summary>
internal static class SampleRow
{
    public const string Header = "编号,姓名,身份证号,手机,邮箱,地址,开户行账号,旧系统密码";

    public const string Pilot = "L-00417,陈国栋,320106196509258131,13905172288,chen.guodong@163.com,南京市鼓楼区中山北路 101 号,6222021001123456789,cgd1965";

    public const string Placeholder = "L-00000,张三,000000000000000000,13800000000,user@example.com,某市某区某路 1 号,6222000000000000000,password";
}
