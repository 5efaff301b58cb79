using SqlSugar;

namespace JiaXiao.Api.Entities;

[SugarTable("jx_coach", "教练表")]
public class Coach : EntityBase
{
    public string Name { get; set; }

    public string Phone { get; set; }

    [SugarColumn(ColumnDescription = "教练证号")]
    public string CertNo { get; set; }

    [SugarColumn(ColumnDescription = "身份证号")]
    public string IdCard { get; set; }

    [SugarColumn(ColumnDescription = "工资卡号")]
    public string BankCard { get; set; }

    [SugarColumn(ColumnDescription = "教练车牌")]
    public string CarPlate { get; set; }

    public int StarLevel { get; set; }

    public bool Enabled { get; set; } = true;
}

[SugarTable("jx_exam_booking", "约考记录")]
public class ExamBooking : EntityBase
{
    public long TraineeId { get; set; }

    public int Subject { get; set; }

    public DateTime ExamDate { get; set; }

    public string ExamSite { get; set; }

    public int? Score { get; set; }

    public bool Passed { get; set; }

    public int Attempt { get; set; }
}

[SugarTable("jx_lesson", "练车预约")]
public class Lesson : EntityBase
{
    public long TraineeId { get; set; }

    public long CoachId { get; set; }

    public DateTime StartTime { get; set; }

    public int Minutes { get; set; }

    public string Field { get; set; }

    public int Rating { get; set; }
}

public abstract class EntityBase
{
    [SugarColumn(IsPrimaryKey = true, IsIdentity = false)]
    public long Id { get; set; }

    public DateTime CreateTime { get; set; }

    public DateTime? UpdateTime { get; set; }

    public long? CreateUserId { get; set; }

    public bool IsDelete { get; set; }
}
