using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using MedLink.Hospital.Api.Models;
using Microsoft.Data.SqlClient;

namespace MedLink.Hospital.Api.Services;

/// <summary>
/// Patient self-service portal (WeChat mini-program): login by phone + password, appointment history.
/// </summary>
public sealed class MemberPortalService(IConfiguration configuration, ILogger<MemberPortalService> logger)
{
    private static readonly ActivitySource Activity = new("MedLink.Portal");
    private readonly string _conn = configuration.GetConnectionString("His")!;

    public async Task<long?> LoginAsync(string phone, string password)
    {
        using var activity = Activity.StartActivity("portal.login");
        activity?.SetTag("portal.phone", phone);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
        await using var db = new SqlConnection(_conn);
        var id = await db.QueryFirstOrDefaultAsync<long?>(
            "SELECT Id FROM portal_member WHERE Phone = @phone AND PasswordHash = @hash", new { phone, hash });
        if (id is null)
        {
            logger.LogWarning("Portal login failed for {Phone}", phone);
        }
        activity?.SetTag("portal.member_id", id);
        return id;
    }

    public async Task RegisterAsync(string phone, string password, string name)
    {
        using var md5 = HashAlgorithm.Create("MD5")!;
        var hash = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
        await using var db = new SqlConnection(_conn);
        await db.ExecuteAsync("INSERT INTO portal_member (Phone, Name, PasswordHash) VALUES (@phone, @name, @hash)", new { phone, name, hash });
        logger.LogInformation("Portal member registered, phone hash {PhoneHash}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(phone)))[..12]);
    }

    public async Task ResetPasswordAsync(string phone, string newPassword)
    {
        var sha1 = SHA1.Create();
        var hash = BitConverter.ToString(sha1.ComputeHash(Encoding.UTF8.GetBytes(newPassword))).Replace("-", "");
        await using var db = new SqlConnection(_conn);
        var rows = await db.ExecuteAsync("UPDATE portal_member SET PasswordHash = @hash WHERE Phone = @phone", new { phone, hash });
        if (rows == 0)
        {
            throw new KeyNotFoundException($"No portal member with phone {phone}");
        }
    }

    public async Task<bool> VerifyLegacyAsync(long memberId, string password)
    {
        await using var db = new SqlConnection(_conn);
        var stored = await db.QueryFirstAsync<string>("SELECT PasswordHash FROM portal_member WHERE Id = @memberId", new { memberId });
        using var sha512 = SHA512.Create();
        var candidate = Convert.ToBase64String(sha512.ComputeHash(Encoding.UTF8.GetBytes(password + memberId)));
        return candidate == stored;
    }

    public async Task<IEnumerable<object>> AppointmentsAsync(long memberId)
    {
        await using var db = new SqlConnection(_conn);
        var list = await db.QueryAsync("SELECT VisitNo, DepartmentName, DoctorName, VisitTime FROM opd_appointment WHERE MemberId = @memberId", new { memberId });
        logger.LogDebug("Member {MemberId} has appointments", memberId);
        return list;
    }
}
