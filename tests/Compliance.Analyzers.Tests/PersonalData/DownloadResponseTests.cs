namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch pii9): a download built in memory — <c>File(Encoding.UTF8.GetBytes(text),
/// "text/plain", name)</c> of a controller or page, <c>Results.Text(csv, "text/csv")</c>, <c>Results.Bytes(bytes)</c> — is
/// the response body, so the personal data in its text is answered to the caller. Reported at the content, as a returned
/// DTO is. Decoys: a download of counts, one of masked columns, a file returned by its path or as a stream (its content is
/// written, and judged, elsewhere).
/// </summary>
public class DownloadResponseTests
{
    [Fact]
    public Task A_download_built_from_personal_data_is_a_response()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
public class Keeper { public int Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string HomeAddress { get; set; } = """"; public int Hives { get; set; } }
public class Apiary { public Task<Keeper[]> AllAsync() => Task.FromResult(new Keeper[0]); public Task<Keeper> GetAsync(int id) => Task.FromResult(new Keeper()); }
public static class Mask { public static string Phone(string s) => s.Substring(0, 3) + ""****""; }
public class KeeperModel : PageModel
{
    private readonly Apiary _apiary = new Apiary();
    public async Task<IActionResult> OnGetCardAsync(int id)
    {
        var k = await _apiary.GetAsync(id);
        var text = $""keeper: {k.FullName}\nmobile: {k.Mobile}\nhives: {k.Hives}"";
        return File({|CMP3003:Encoding.UTF8.GetBytes(text)|}, ""text/plain"", $""keeper_{id}.txt"");
    }
    public async Task<IActionResult> OnGetCountsAsync()
    {
        var csv = new StringBuilder(""hives,keepers\n"");
        foreach (var g in (await _apiary.AllAsync()).GroupBy(x => x.Hives)) csv.Append(g.Key).Append(',').Append(g.Count()).Append('\n');
        return File(Encoding.UTF8.GetBytes(csv.ToString()), ""text/csv"", ""counts.csv"");
    }
    public async Task<IActionResult> OnGetMaskedAsync()
    {
        var all = await _apiary.AllAsync();
        var csv = string.Join(""\n"", all.Select(x => x.Id + "","" + Mask.Phone(x.Mobile)));
        return File(Encoding.UTF8.GetBytes(csv), ""text/csv"", ""masked.csv"");
    }
    public IActionResult OnGetArchive() => PhysicalFile(""/data/keepers.csv"", ""text/csv"");
    public IActionResult OnGetStream() => File(new MemoryStream(), ""text/csv"", ""keepers.csv"");
}
public static class KeeperEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/keepers.csv"", async (Apiary apiary) =>
        {
            var rows = (await apiary.AllAsync()).Select(k => $""{k.Id},{k.FullName},{k.HomeAddress}"");
            return Results.Text({|CMP3003:string.Join(""\n"", rows)|}, ""text/csv"");
        });
        app.MapGet(""/hives.csv"", async (Apiary apiary) => Results.Text(string.Join(""\n"", (await apiary.AllAsync()).Select(k => k.Id + "","" + k.Hives)), ""text/csv""));
        app.MapGet(""/keeper/{id}.txt"", async (int id, Apiary apiary) => Results.Bytes({|CMP3003:Encoding.UTF8.GetBytes((await apiary.GetAsync(id)).Mobile)|}, ""text/plain""));
    }
}
");
    }
}
