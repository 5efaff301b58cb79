namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, tenth session (branch pii6): a sink that carries several values was reported at the precision of the
/// first one in source order. A repair ticket's log line with the owner's name (a bare name word: low) and mobile
/// (medium) was low as a whole, so the line never reached the gate although its mobile alone would have. The finding
/// now names the surest unmasked value; a line whose only other value is masked, or that carries a name alone, stays low.
/// </summary>
public class SurestFlowTests
{
    private const string Source = @"
using Microsoft.Extensions.Logging;
public class BikeWorkshop
{
    private static string MaskMobile(string m) => m.Substring(0, 3) + ""****"";
    public void Accept(ILogger logger, int ticket, string ownerName, string ownerMobile)
    {
        logger.LogInformation(""ticket {Ticket} from {Name} at {Mobile}"", ticket, ownerName, ownerMobile);
        logger.LogInformation(""ticket {Ticket} from {Name} at {Mobile}"", ticket, ownerName, MaskMobile(ownerMobile));
        logger.LogInformation(""ticket {Ticket} collected by {Name}"", ticket, ownerName);
    }
}";

    [Fact]
    public async Task A_line_with_a_name_and_a_mobile_is_reported_as_sure_as_the_mobile()
    {
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), Source);
        var found = diagnostics
            .Select(d => (Text: Source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length), Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"]))
            .ToList();
        Assert.Equal(
            new[]
            {
                (@"logger.LogInformation(""ticket {Ticket} from {Name} at {Mobile}"", ticket, ownerName, ownerMobile)", (string?)"ownerMobile", (string?)"medium"),
                // the mobile is masked: only the name is left, a bare name word (low)
                (@"logger.LogInformation(""ticket {Ticket} from {Name} at {Mobile}"", ticket, ownerName, MaskMobile(ownerMobile))", "ownerName", "low"),
                // decoy: a name alone keeps its low precision
                (@"logger.LogInformation(""ticket {Ticket} collected by {Name}"", ticket, ownerName)", "ownerName", "low"),
            },
            found.ToArray());
    }
}
