namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// OpenMU (judged blind): a game server's party code logs its members' character names ("Error notifying {Name} of party
/// dissolution", member.Name). What tells a game avatar from a person is the type: it carries hit points
/// (CurrentHealth/MaximumHealth, MaxHp, Mana). Such a name is low precision; a patient's or a club member's name is not.
/// </summary>
public class GameAvatarNameTests
{
    [Fact]
    public async Task A_name_of_a_type_with_hit_points_is_low_precision_and_a_patients_or_members_name_stays_medium()
    {
        var source = @"
using System;
using Microsoft.Extensions.Logging;
public interface ILocateable { int X { get; } }
public interface IPartyMember : ILocateable { uint MaximumHealth { get; } uint CurrentHealth { get; } string Name { get; } }
public sealed class OfflinePartyMember : IPartyMember
{
    public int X { get; } public uint MaximumHealth { get; } public uint CurrentHealth { get; } public string Name { get; } = """";
}
public class Monster { public int MaxHp { get; set; } public string Name { get; set; } = """"; }
public class Patient { public string Name { get; set; } = """"; public string HealthStatus { get; set; } = """"; }
public class ClubMember { public string Name { get; set; } = """"; public int Level { get; set; } }
public class Party
{
    public void Run(ILogger logger, IPartyMember member, OfflinePartyMember snapshot, Monster monster, Patient patient, ClubMember club, Exception ex)
    {
        logger.LogDebug(ex, ""Error notifying {Name} of party dissolution"", member.Name);
        var lastName = snapshot.Name;
        logger.LogDebug(""Bot leaves the party of {Player}"", lastName);
        logger.LogDebug(""{Monster} spawned"", monster.Name);
        logger.LogInformation(""admitted {Patient}"", patient.Name);
        logger.LogInformation(""renewed {Member}"", club.Name);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var found = diagnostics.Select(d => (Text: source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length),
            Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"])).OrderBy(f => f.Text, StringComparer.Ordinal).ToList();
        Assert.Contains(("logger.LogDebug(ex, \"Error notifying {Name} of party dissolution\", member.Name)", "IPartyMember.Name", "low"), found);
        Assert.Contains(("logger.LogDebug(\"Bot leaves the party of {Player}\", lastName)", "OfflinePartyMember.Name", "low"), found);
        Assert.Contains(("logger.LogInformation(\"admitted {Patient}\", patient.Name)", "Patient.Name", "medium"), found);
        Assert.Contains(("logger.LogInformation(\"renewed {Member}\", club.Name)", "ClubMember.Name", "medium"), found);
        // Monster.Name has no person word at all: not reported above low, if reported.
        Assert.DoesNotContain(found, f => f.Text.Contains("monster.Name") && f.Precision != "low");
    }
}
