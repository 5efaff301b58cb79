using EduCloud.Web.Data;
using EduCloud.Web.Domain;
using EduCloud.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace EduCloud.Web.Controllers;

[ApiController]
[Route("api/teachers")]
public sealed class TeachersController(SugarDbFactory db, ILogger<TeachersController> logger) : ControllerBase
{
    public sealed record LoginRequest(string LoginName, string Password);
    public sealed record TeacherView(long Id, string RealName);

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromBody] LoginRequest req)
    {
        var t = await db.Create().Queryable<Teacher>().FirstAsync(x => x.LoginName == req.LoginName);
        if (t is null)
        {
            logger.LogWarning("login failed for {LoginName}", req.LoginName);
            return Unauthorized();
        }
        if (t.PasswordHash != EncryptHelper.Md5Encrypt32(req.Password + t.Salt))
        {
            logger.LogWarning("bad password for {LoginName}: {Password}", req.LoginName, req.Password);
            return Unauthorized();
        }
        return Ok(new TeacherView(t.Id, t.RealName));
    }

    [HttpPost("{id:long}/password")]
    public async Task<IActionResult> ChangePassword(long id, [FromBody] string newPassword)
    {
        var salt = Guid.NewGuid().ToString("N")[..8];
        await db.Create().Updateable<Teacher>()
            .SetColumns(x => x.PasswordHash == EncryptHelper.Md5Encrypt32(newPassword + salt))
            .SetColumns(x => x.Salt == salt)
            .Where(x => x.Id == id).ExecuteCommandAsync();
        return NoContent();
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Get(long id)
    {
        var t = await db.Create().Queryable<Teacher>().InSingleAsync(id);
        return t is null ? NotFound() : Ok(t);
    }
}
