namespace JiaXiao.Api.Dto;

public class PageTraineeInput : BasePageInput
{
    /// <summary>关键字：姓名/手机号/身份证号</summary>
    public string Keyword { get; set; }

    public int? Status { get; set; }

    public long? CoachId { get; set; }
}

public class BasePageInput
{
    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 20;

    public string Field { get; set; }

    public string Order { get; set; }
}

public class TraineeOutput
{
    public long Id { get; set; }

    public string RealName { get; set; }

    public string Phone { get; set; }

    public string IdCard { get; set; }

    public string Address { get; set; }

    public string LicenseType { get; set; }

    public string CoachName { get; set; }

    public int Status { get; set; }

    public decimal PaidFee { get; set; }

    public decimal TotalFee { get; set; }
}

public class TraineeBriefOutput
{
    public long Id { get; set; }

    public string RealName { get; set; }

    public string PhoneMasked { get; set; }

    public int Status { get; set; }
}

public class SignUpInput
{
    public string RealName { get; set; }

    public string IdCard { get; set; }

    public string Phone { get; set; }

    public string Address { get; set; }

    public string LicenseType { get; set; }

    public long ClassTypeId { get; set; }

    public string SmsCode { get; set; }
}

public class LoginInput
{
    public string Account { get; set; }

    public string Password { get; set; }

    public string CaptchaId { get; set; }

    public string Captcha { get; set; }
}

public class LoginOutput
{
    public string AccessToken { get; set; }

    public string RefreshToken { get; set; }

    public string RealName { get; set; }
}

public record ChangePwdInput(string OldPassword, string NewPassword);

public record CoachLeaderboardItem(string CoachName, int Passed, int Total, double PassRate);

public class ExportTraineeRow
{
    public string 姓名 { get; set; }
    public string 身份证号 { get; set; }
    public string 手机号 { get; set; }
    public string 车型 { get; set; }
    public string 状态 { get; set; }
    public decimal 已交 { get; set; }
}
