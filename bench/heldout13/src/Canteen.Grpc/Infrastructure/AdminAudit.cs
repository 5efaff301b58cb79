using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Canteen.Grpc.Infrastructure;

/// <summary>
/// 后台管理端：学生档案维护、卡片补办
/// </summary>
public class AdminStudentHandlers
{
    private static readonly ActivitySource Source = new("Canteen.Admin");
    private readonly CanteenDbContext _db;
    private readonly ILogger<AdminStudentHandlers> _logger;

    public AdminStudentHandlers(CanteenDbContext db, ILogger<AdminStudentHandlers> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<IResult> ReplaceCardAsync(string studentNo, string newCardUid, string operatorName)
    {
        using var activity = Source.StartActivity("replace-card");
        var s = _db.Students.FirstOrDefault(x => x.StudentNo == studentNo);
        if (s == null)
        {
            return Results.Problem(detail: $"学号 {studentNo} 不存在", statusCode: 404);
        }
        activity?.SetTag("student.name", s.Name);
        activity?.SetTag("guardian.mobile", s.GuardianMobile);
        activity?.SetTag("card.old", s.CardUid);

        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["Operator"] = operatorName,
            ["StudentNo"] = s.StudentNo,
            ["IdCard"] = s.IdCard
        }))
        {
            var old = s.CardUid;
            s.CardUid = newCardUid;
            try
            {
                await _db.SaveChangesAsync();
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "card replace failed");
                return Results.Problem(detail: $"补卡失败：{s.Name}（{s.IdCard}）{ex.Message}");
            }
            _logger.LogInformation("card replaced {Old} -> {New}", old, newCardUid);
        }
        return Results.Ok();
    }

    public IResult Lookup(string keyword)
    {
        Console.WriteLine($"[admin] lookup {keyword}");
        var list = _db.Students.Where(x => x.Name.Contains(keyword) || x.IdCard == keyword || x.GuardianMobile == keyword)
            .Select(x => new { x.StudentNo, x.Name, x.ClassName, Mobile = x.GuardianMobile.Substring(0, 3) + "****" + x.GuardianMobile.Substring(7) })
            .Take(50).ToList();
        return Results.Ok(list);
    }
}

/// <summary>
/// M1 卡扇区密钥分散（卡厂给的算法）：3DES-ECB(母密钥, UID 补齐)
/// </summary>
public static class CardKeyDeriver
{
    private static readonly byte[] MasterKey = Convert.FromHexString("A3F1C2D4B5E60718293A4B5C6D7E8F90A1B2C3D4E5F60718");

    public static byte[] SectorKey(string cardUid, int sector)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = MasterKey;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.Zeros;
        var input = Encoding.ASCII.GetBytes((cardUid + sector.ToString("D2")).PadRight(16, '0')[..16]);
        return tdes.CreateEncryptor().TransformFinalBlock(input, 0, input.Length)[..6];
    }

    public static string Fingerprint(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..8];
}
