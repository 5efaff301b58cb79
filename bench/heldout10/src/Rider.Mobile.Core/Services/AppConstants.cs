namespace Rider.Mobile.Core.Services;

public static class AppConstants
{
    public const string ApiBase = "https://rider-api.example.cn";
    public const string AppKey = "rider-android";
    public const string AppSecret = "Z81mtiO7dZp8MN4L5t0qyMI8nsQ3qIMH";
    public const string PushAppKey = "e3c1a0b2f4d6";
    public const string PushMasterSecret = "R0JVIYEMoTKLjms5mJqKPD9R";
    public const string PasswordField = "password";
    public const string TokenHeader = "X-Rider-Token";
    public const string PrivacyPolicyUrl = "https://rider.example.cn/privacy";
    public const string SupportHotline = "400-820-8820";
}
