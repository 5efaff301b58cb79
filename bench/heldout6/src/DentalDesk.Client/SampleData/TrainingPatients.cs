using DentalDesk.Models;

namespace DentalDesk.SampleData;

/// <summary>培训模式（新前台上岗练习）使用的演示患者，数据是编造的。</summary>
public static class TrainingPatients
{
    public static IReadOnlyList<Patient> All { get; } = new List<Patient>
    {
        new() { Id = -1, ChartNo = "DEMO-0001", Name = "演示患者甲", Phone = "13800000000", IdNumber = "110105199503304967", BirthDate = new DateTime(1995, 3, 30) },
        new() { Id = -2, ChartNo = "DEMO-0002", Name = "演示患者乙", Phone = "13900000000", IdNumber = "000000000000000000", BirthDate = new DateTime(2012, 8, 1), GuardianName = "演示家长" },
    };
}
