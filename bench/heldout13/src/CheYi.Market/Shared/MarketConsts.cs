namespace CheYi.Market.Shared;

public static class MarketConsts
{
    public const string DbTablePrefix = "mk_";
    public const string DbSchema = null;

    // 配置项名称
    public const string OssSecretSetting = "AliyunOss:AccessKeySecret";
    public const string SmsSecretSetting = "TencentSms:SecretKey";
    public const string PasswordAlgorithmSetting = "Market:PasswordHashAlgorithm";

    // 声明 / 头
    public const string PasswordClaim = "password";
    public const string ApiKeyHeader = "X-Dealer-Key";
    public const string TokenPrefix = "Bearer ";
    public const string MaskedSecret = "******";
    public const string DefaultPasswordRule = "密码至少8位，包含字母和数字";
    public const string ResetPasswordTemplate = "SMS_276451023";

    public const int MaxPhotoCount = 30;
    public const int MaxTitleLength = 64;

    public static class Permissions
    {
        public const string CarsCreate = "Market.Cars.Create";
        public const string CarsSearch = "Market.Cars.Search";
        public const string LoansList = "Market.Loans.List";
        public const string SellersExport = "Market.Sellers.Export";
    }
}
