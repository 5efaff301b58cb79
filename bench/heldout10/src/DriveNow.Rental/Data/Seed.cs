using Dapper;

namespace DriveNow.Rental.Data;

/// <summary>Creates the base rows on an empty database (first deployment of a new city).</summary>
public static class Seed
{
    public static async Task RunAsync(DbConnectionFactory db)
    {
        using var conn = db.Open();
        if (await conn.ExecuteScalarAsync<int>("select count(*) from admin_user") > 0) return;

        await conn.ExecuteAsync("insert into admin_user(user_name, pwd_sha1, role) values('admin', '7c4a8d09ca3762af61e59520943dc26494f8941b', 'root')");
        await conn.ExecuteAsync("insert into store(code, name, address, phone) values(@code,@name,@address,@phone)", new[]
        {
            new { code = "HZ01", name = "杭州东站店", address = "杭州市上城区天城路1号", phone = "0571-86001234" },
            new { code = "SZ02", name = "深圳北站店", address = "深圳市龙华区致远中路28号", phone = "0755-23456789" },
        });
        await conn.ExecuteAsync("insert into customer(real_name, mobile, id_card_no, license_no, email, password_hash) values(@n,@m,@i,@l,@e,'')", new[]
        {
            new { n = "陈晓雯", m = "13857124690", i = "330106198707048179", l = "330106198707048179", e = "chenxw87@163.com" },
            new { n = "Test User", m = "13800000000", i = "110101199001011234", l = "TEST-LICENCE", e = "qa@drivenow.example.cn" },
        });
    }
}
