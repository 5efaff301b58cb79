using SqlSugar;

namespace JiaXiao.Api.Entities;

/// <summary>
/// 学员
/// </summary>
[SugarTable("jx_trainee", "学员表")]
public class Trainee : EntityBase
{
    [SugarColumn(ColumnDescription = "姓名", Length = 32)]
    public string RealName { get; set; }

    [SugarColumn(ColumnDescription = "身份证号", Length = 18)]
    public string IdCard { get; set; }

    [SugarColumn(ColumnDescription = "手机号", Length = 16)]
    public string Phone { get; set; }

    [SugarColumn(ColumnDescription = "联系地址", Length = 256, IsNullable = true)]
    public string Address { get; set; }

    [SugarColumn(ColumnDescription = "登录密码", Length = 64)]
    public string Password { get; set; }

    [SugarColumn(ColumnDescription = "报考车型 C1/C2/A2/B2")]
    public string LicenseType { get; set; }

    [SugarColumn(ColumnDescription = "班型")]
    public long ClassTypeId { get; set; }

    [SugarColumn(ColumnDescription = "教练")]
    public long? CoachId { get; set; }

    [SugarColumn(ColumnDescription = "学员状态")]
    public TraineeStatus Status { get; set; }

    [SugarColumn(ColumnDescription = "流水号（车管所）", IsNullable = true)]
    public string SerialNo { get; set; }

    [SugarColumn(ColumnDescription = "体检结果", IsNullable = true)]
    public string HealthCheck { get; set; }

    [SugarColumn(ColumnDescription = "已交学费")]
    public decimal PaidFee { get; set; }

    [SugarColumn(ColumnDescription = "应交学费")]
    public decimal TotalFee { get; set; }

    [SugarColumn(ColumnDescription = "微信OpenId", IsNullable = true)]
    public string OpenId { get; set; }

    [SugarColumn(ColumnDescription = "报名时间")]
    public DateTime SignUpTime { get; set; }
}

public enum TraineeStatus
{
    报名 = 0,
    科目一 = 1,
    科目二 = 2,
    科目三 = 3,
    科目四 = 4,
    已拿证 = 5,
    退学 = 9
}
