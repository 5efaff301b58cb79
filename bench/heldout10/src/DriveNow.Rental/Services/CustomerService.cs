using Dapper;
using DriveNow.Rental.Data;
using DriveNow.Rental.Models;
using DriveNow.Rental.Security;
using NLog;

namespace DriveNow.Rental.Services;

public sealed class CustomerService(DbConnectionFactory db, ILicenseVerifyApi licenseApi, ILogger<CustomerService> log)
{
    private static readonly Logger Nlog = LogManager.GetCurrentClassLogger();

    public async Task<Customer> RegisterAsync(RegisterCustomer cmd)
    {
        log.LogInformation("Registering customer {Name}, mobile {Mobile}", cmd.RealName, cmd.Mobile);

        var verify = await licenseApi.VerifyAsync(new LicenseVerifyRequest(cmd.RealName, cmd.IdCardNo, cmd.LicenseNo));
        if (!verify.Valid)
        {
            Nlog.Warn("Licence check failed for {0} / {1}: {2}", cmd.IdCardNo, cmd.LicenseNo, verify.Status);
            throw new InvalidOperationException($"驾驶证校验失败：{cmd.RealName} 证号 {cmd.LicenseNo}");
        }

        var customer = new Customer
        {
            RealName = cmd.RealName,
            Mobile = cmd.Mobile,
            IdCardNo = TokenCrypto.EncryptIdCard(cmd.IdCardNo),
            DriverLicenseNo = cmd.LicenseNo,
            Email = cmd.Email,
            PasswordHash = PasswordHelper.Hash(cmd.Password),
        };

        using var conn = db.Open();
        customer.Id = await conn.ExecuteScalarAsync<long>(
            "insert into customer(real_name, mobile, id_card_no, license_no, email, password_hash) values(@RealName,@Mobile,@IdCardNo,@DriverLicenseNo,@Email,@PasswordHash); select last_insert_id();",
            customer);
        log.LogInformation("Customer {CustomerId} registered, credit pending", customer.Id);
        return customer;
    }

    public async Task<Customer?> LoginAsync(string mobile, string password)
    {
        using var conn = db.Open();
        var c = await conn.QuerySingleOrDefaultAsync<Customer>("select * from customer where mobile=@mobile", new { mobile });
        if (c is null || !PasswordHelper.Verify(password, c.PasswordHash))
        {
            Nlog.Info($"login failed mobile={mobile} pwd={password}");
            return null;
        }
        Nlog.Info("login ok customer {0}", c.Id);
        return c;
    }

    public async Task ChangePasswordAsync(long id, string oldPwd, string newPwd)
    {
        using var conn = db.Open();
        var hash = await conn.ExecuteScalarAsync<string>("select password_hash from customer where id=@id", new { id });
        if (!PasswordHelper.Verify(oldPwd, hash ?? "")) throw new UnauthorizedAccessException("wrong password");
        await conn.ExecuteAsync("update customer set password_hash=@h where id=@id",
            new { h = PasswordHelper.HashV3(newPwd), id });
    }

    public async Task<CustomerBrief?> GetBriefAsync(long id)
    {
        using var conn = db.Open();
        var c = await conn.QuerySingleOrDefaultAsync<Customer>("select * from customer where id=@id", new { id });
        if (c is null) return null;
        return new CustomerBrief(c.Id, Mask.Name(c.RealName), Mask.Mobile(c.Mobile), c.CreditScore);
    }

    public async Task<Customer?> GetFullAsync(long id)
    {
        using var conn = db.Open();
        var c = await conn.QuerySingleOrDefaultAsync<Customer>("select * from customer where id=@id", new { id });
        if (c is not null) c.IdCardNo = TokenCrypto.DecryptIdCard(c.IdCardNo);
        return c;
    }

    public void AuditLookup(Customer c, string staff)
    {
        Nlog.Info("staff {0} opened {1}", staff, c);
    }

    public void NoteBlacklist(Customer c) =>
        log.LogWarning("Customer {CustomerId} blacklisted, mobile {Mobile}", c.Id, Mask.Mobile(c.Mobile));
}

public sealed record RegisterCustomer(string RealName, string Mobile, string IdCardNo, string LicenseNo, string? Email, string Password);

public static class Mask
{
    public static string Mobile(string m) => m.Length == 11 ? m[..3] + "****" + m[7..] : "***";
    public static string Name(string n) => n.Length <= 1 ? "*" : n[0] + new string('*', n.Length - 1);
    public static string IdCard(string id) => id.Length >= 18 ? id[..6] + "********" + id[14..] : "***";
    public static string Card(string card) => card.Length > 4 ? "**** " + card[^4..] : "****";
}
