using EduCloud.Web.Domain;
using EduCloud.Web.Infrastructure;
using EduCloud.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EduCloud.Web.Controllers;

[ApiController]
[Route("api/students")]
[Authorize]
public sealed class StudentsController(StudentService students, RealNameVerifyService realName, ILogger<StudentsController> logger) : ControllerBase
{
    [HttpGet("{id:long}")]
    public async Task<ActionResult<Student>> Get(long id)
    {
        var s = await students.GetAsync(id);
        if (s is null) return NotFound(new { message = $"student {id} not found" });
        return Ok(s);
    }

    [HttpGet("{id:long}/summary")]
    public async Task<ActionResult<StudentDto>> Summary(long id)
    {
        var s = await students.GetAsync(id);
        if (s is null) return NotFound();
        return new StudentDto(s.Id, s.Name, DesensitizeUtil.IdCard(s.IdCardNo), DesensitizeUtil.Phone(s.ParentPhone), s.Grade);
    }

    [HttpGet("by-phone")]
    public async Task<IActionResult> ByPhone([FromQuery] string phone)
    {
        logger.LogInformation("lookup by parent phone {Phone}", phone);
        var list = new List<StudentDto>();
        await foreach (var dto in students.StreamBySchoolAsync(0)) list.Add(dto);
        if (list.Count == 0) return NotFound($"no student for parent phone {phone}");
        return Ok(list);
    }

    [HttpPost]
    public async Task<IActionResult> Enroll([FromBody] Student s, CancellationToken ct)
    {
        var verify = await realName.VerifyAsync(s.Name, s.IdCardNo, ct);
        if (!verify.Matched)
            return Problem(title: "实名认证失败", detail: $"姓名 {s.Name} 与身份证 {s.IdCardNo} 不匹配", statusCode: 422);
        var id = await students.EnrollAsync(s, ct);
        return CreatedAtAction(nameof(Get), new { id }, new { id });
    }

    [HttpGet("{id:long}/card")]
    public async Task<IActionResult> StudentCard(long id)
    {
        var s = await students.GetAsync(id);
        if (s is null) return NotFound();
        return Ok(new { s.Id, s.Name, s.Grade, Photo = $"/photos/{s.Id}.jpg" });
    }

    [HttpGet("{id:long}/contact")]
    public async Task<IActionResult> Contact(long id)
    {
        var s = await students.GetAsync(id);
        if (s is null) return NotFound();
        return Ok(new { s.ParentName, s.ParentPhone, s.HomeAddress });
    }
}
