using System.IO.Compression;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Transfer;
using NLog;

namespace DentalDesk.Services;

/// <summary>每晚把本机缓存库和影像索引打包加密，上传到对象存储（诊所自己的 S3 兼容存储）。</summary>
public class BackupService
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private const string BackupPassword = "Smile#Backup!2023";
    private static readonly byte[] Salt = { 0x53, 0x6d, 0x69, 0x6c, 0x65, 0x44, 0x65, 0x73 };

    public string CreateArchive(string sourceDir)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"desk-backup-{DateTime.Now:yyyyMMdd}.zip");
        if (File.Exists(zip)) File.Delete(zip);
        ZipFile.CreateFromDirectory(sourceDir, zip, CompressionLevel.Optimal, false);
        var enc = zip + ".enc";
        using (var input = File.OpenRead(zip))
        using (var output = File.Create(enc))
        {
            var pdb = new PasswordDeriveBytes(BackupPassword, Salt);
            using var rij = new RijndaelManaged { Key = pdb.GetBytes(32), IV = pdb.GetBytes(16) };
            using var crypto = new CryptoStream(output, rij.CreateEncryptor(), CryptoStreamMode.Write);
            input.CopyTo(crypto);
        }
        File.Delete(zip);
        Log.Info("Backup archive {0} ({1} bytes)", enc, new FileInfo(enc).Length);
        return enc;
    }

    public async Task UploadAsync(string file)
    {
        var client = new AmazonS3Client("AKIAD7U4HJ85UMWQ5TGN", "m5ayx6U8WN70f1Tm5Oig3FvSWarGqFjmXl8LspvR", new AmazonS3Config { ServiceURL = "https://oss.smile-dental.cn", ForcePathStyle = true });
        var transfer = new TransferUtility(client);
        await transfer.UploadAsync(file, "desk-backups", $"{Environment.MachineName}/{Path.GetFileName(file)}");
    }
}
