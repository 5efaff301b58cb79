namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, fourteenth session (branch pii10): a file row built in a StringBuilder from a record whose type did not bind
/// (the list came from a repository package that was not restored: ABP's <c>IRepository&lt;T&gt;.GetListAsync</c>, an ORM
/// query). <c>leader.IdCardNo</c> is then unresolved, and so is the <c>Append</c> overload it is passed to and every call
/// chained after it: the builder had no definition, and the payout file nothing personal. A StringBuilder local's
/// <c>Append</c> still writes into it, so the unresolved chain is the builder's definition and its arguments are traced
/// (unbound member names count as they do elsewhere). Reported at the append, as a bound row is. Decoys: a row of ids
/// and amounts of the same unbound records, an unresolved call of another method (not guessed at), a masked value.
/// </summary>
public class UnboundBuilderRowTests
{
    [Fact]
    public Task An_unresolved_append_chain_still_fills_the_builder()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyBrokenAsync(@"
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Volo.Abp.Domain.Repositories;
public class Job
{
    private readonly IRepository<Leader, long> _leaders;
    public Job(IRepository<Leader, long> leaders) => _leaders = leaders;
    public async Task PayoutAsync(string dir)
    {
        var leaders = await _leaders.GetListAsync();
        var sb = new StringBuilder(""name,id card,amount\n"");
        foreach (var id in new long[] { 1, 2 })
        {
            var leader = leaders.First(l => l.Id == id);
            sb.Append(leader.RealName).Append(',')
              .Append({|CMP3004:leader.IdCardNo|}).Append(',')
              .Append(leader.Amount).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(dir, ""payout.csv""), sb.ToString(), Encoding.UTF8);
    }
    public async Task SummaryAsync(string dir)
    {
        var leaders = await _leaders.GetListAsync();
        var sb = new StringBuilder(""id,amount\n"");
        foreach (var leader in leaders)
        {
            sb.Append(leader.Id).Append(',').Append(leader.Amount).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(dir, ""summary.csv""), sb.ToString());
    }
    public async Task FormattedAsync(string dir)
    {
        var leaders = await _leaders.GetListAsync();
        var sb = new StringBuilder();
        foreach (var leader in leaders)
        {
            sb.Append(Formatter.Row(leader.IdCardNo)).Append('\n');
            sb.Append(Mask.IdCard(leader.IdCardNo)).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(dir, ""rows.csv""), sb.ToString());
    }
}
public static class Mask { public static string IdCard(string s) => s.Substring(0, 4) + ""**********""; }
");
    }
}
