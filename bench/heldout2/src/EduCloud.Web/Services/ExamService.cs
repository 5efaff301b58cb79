using System.Security.Cryptography;
using System.Text;
using EduCloud.Web.Data;
using EduCloud.Web.Domain;

namespace EduCloud.Web.Services;

public sealed record ExamPaper(long Id, string Title, byte[] Content, DateTime OpensAt);
public sealed record Certificate(string CertNo, long StudentId, string StudentName, string CourseTitle, DateTime IssuedAt);

/// <summary>在线考试: 试卷加密下发, 证书防伪校验</summary>
public sealed class ExamService(SugarDbFactory db, ILogger<ExamService> logger)
{
    private static readonly byte[] PaperKey = Convert.FromBase64String("3q2+7wAAAAAAAAAAAAAAAA==");

    public byte[] EncryptPaper(ExamPaper paper)
    {
        using var aes = Aes.Create();
        aes.Key = PaperKey;
        aes.Mode = CipherMode.ECB;
        return aes.EncryptEcb(paper.Content, PaddingMode.PKCS7);
    }

    public byte[] EncryptPaperV2(ExamPaper paper, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var iv = RandomNumberGenerator.GetBytes(16);
        return [.. iv, .. aes.EncryptCbc(paper.Content, iv)];
    }

    /// <summary>证书防伪码 = md5(证书号 + 学员ID + 固定盐) 前 12 位</summary>
    public static string AntiFakeCode(Certificate c) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{c.CertNo}{c.StudentId}edu-cert"))).Substring(0, 12);

    public bool VerifyCertificate(Certificate c, string code)
    {
        var ok = AntiFakeCode(c) == code;
        logger.LogInformation("certificate {CertNo} verification {Result}", c.CertNo, ok);
        if (!ok) logger.LogWarning("forged certificate for {StudentName}", c.StudentName);
        return ok;
    }

    public static string AnswerSheetFingerprint(string answers) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(answers)));

    public static string DuplicateSubmissionKey(long studentId, long paperId, byte[] upload) =>
        $"{studentId}:{paperId}:{Convert.ToHexString(MD5.HashData(upload))}";

    public async Task<IReadOnlyList<Student>> ProctorListAsync(long paperId)
    {
        var list = await db.Create().Queryable<Student>().ToListAsync();
        foreach (var s in list)
            logger.LogDebug("proctor list {PaperId}: {Name} {IdCard}", paperId, s.Name, s.IdCardNo);
        return list;
    }

    public static string LiveRoomSign(string roomId, long expireAt)
    {
        // 直播推流鉴权 (厂商 A 类鉴权: md5(path-timestamp-rand-uid-key))
        var path = $"/live/{roomId}";
        var key = "EduLivePushKey2023";
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{path}-{expireAt}-0-0-{key}"))).ToLowerInvariant();
        return $"rtmp://push.edu-live.example.com{path}?auth_key={expireAt}-0-0-{hash}";
    }
}
