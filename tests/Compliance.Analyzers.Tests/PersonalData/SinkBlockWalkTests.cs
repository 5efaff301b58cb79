namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.PersonalData.PersonalDataLoggedAnalyzer>;

/// <summary>
/// Issue 16, fifteenth session (branch perf11): the sink rules walk an operation block's operations themselves (one block
/// action per rule instead of block-scoped operation actions). The walk must reach every operation the driver's did: a
/// constructor's initializer and body, lambdas and local functions, expression bodies, accessors and field initializers.
/// </summary>
public class SinkBlockWalkTests
{
    private const string Usings = "using System; using System.Linq; using Microsoft.Extensions.Logging;\n";

    [Fact]
    public Task Every_kind_of_code_block_is_walked_and_masked_or_plain_values_stay_silent() =>
        Verify.VerifyAsync(Usings + @"
static class Pii { public static string Mask(string s) => ""***""; public static string Say(Action a) => """"; }
class Customer { public string Phone { get; set; } = """"; public string Email { get; set; } = """"; public int Id { get; set; } }
class Base { public Base(string s) { } }
class Service : Base
{
    private readonly ILogger _log;
    private static readonly ILogger Shared = null!;
    private static readonly Customer Someone = new Customer();
    private readonly string _seen = Pii.Say(() => {|CMP3001:Shared.LogInformation(""field {Email}"", Someone.Email)|});
    public Service(ILogger log, Customer c) : base(Pii.Say(() => {|CMP3001:log.LogInformation(""init {Phone}"", c.Phone)|}))
    {
        _log = log;
        {|CMP3001:log.LogInformation(""created for {Email}"", c.Email)|};
        log.LogInformation(""created for {Id}"", c.Id);
    }
    public void Describe(Customer c) => {|CMP3001:_log.LogInformation(""describe {Phone}"", c.Phone)|};
    public Customer Current { get { var c = new Customer(); {|CMP3001:_log.LogInformation(""get {Email}"", c.Email)|}; return c; } }
    public void Many(Customer[] all)
    {
        all.ToList().ForEach(c => {|CMP3001:_log.LogInformation(""each {Phone}"", c.Phone)|});
        Local(all[0]);
        void Local(Customer c)
        {
            {|CMP3001:_log.LogInformation(""local {Email}"", c.Email)|};
            _log.LogInformation(""local {Phone}"", Pii.Mask(c.Phone));
        }
    }
}");
}
