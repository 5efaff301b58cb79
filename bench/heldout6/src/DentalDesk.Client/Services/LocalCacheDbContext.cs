using System.Security.Cryptography;
using System.Text;
using DentalDesk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DentalDesk.Services;

/// <summary>
/// 断网时前台仍能查当天预约：本机 SQLite 缓存。手机号和身份证号用值转换器加密后落盘。
/// </summary>
public class LocalCacheDbContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlite("Data Source=" + Path.Combine(AppContext.BaseDirectory, "desk-cache.db"));

    protected override void OnModelCreating(ModelBuilder b)
    {
        var enc = new ValueConverter<string, string>(v => FieldCipher.Encrypt(v), v => FieldCipher.Decrypt(v));
        b.Entity<Patient>(e =>
        {
            e.HasKey(p => p.Id);
            e.Property(p => p.Phone).HasConversion(enc);
            e.Property(p => p.IdNumber).HasConversion(enc);
            e.Ignore(p => p.MedicalHistory);
        });
        b.Entity<Appointment>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.PatientPhone).HasConversion(enc);
            e.HasIndex(a => new { a.ChairNo, a.Start });
        });
    }

    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
}

/// <summary>本地字段加密。所有前台电脑用同一把钥匙，方便换机时直接拷贝数据库文件。</summary>
internal static class FieldCipher
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("SmileDesk#Aes256Key!2023-Chairs0");

    public static string Encrypt(string plain)
    {
        if (string.IsNullOrEmpty(plain)) return plain;
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.Mode = CipherMode.ECB;
        using var enc = aes.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    public static string Decrypt(string cipher)
    {
        if (string.IsNullOrEmpty(cipher)) return cipher;
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.Mode = CipherMode.ECB;
        using var dec = aes.CreateDecryptor();
        var bytes = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(bytes, 0, bytes.Length));
    }
}
