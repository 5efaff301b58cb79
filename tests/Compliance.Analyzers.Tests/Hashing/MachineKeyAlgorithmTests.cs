namespace Compliance.Analyzers.Tests.Hashing;

using Compliance.Analyzers.Hashing;

/// <summary>
/// ASP.NET machineKey algorithms in a .config file (issue 14: a weak-hash class the C# analyzers cannot see): SHA1/MD5
/// validation is CMP2001, DES/3DES decryption CMP2004, at the attribute's value; strong settings, AutoGenerate keys and
/// other files stay silent.
/// </summary>
public class MachineKeyAlgorithmTests
{
    [Fact]
    public void Weak_validation_and_decryption_are_reported_at_their_values()
    {
        var config = "<configuration>\n  <system.web>\n"
                     + "    <machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" validation=\"SHA1\" decryption=\"3DES\" />\n"
                     + "  </system.web>\n</configuration>\n";
        var found = MachineKeyAlgorithms.Scan("Tram.Depot/Web.config", config);
        Assert.Equal(2, found.Count);
        var line = config.Split('\n')[2];
        Assert.Equal(("CMP2001", 3, line.IndexOf("SHA1", StringComparison.Ordinal) + 1, 4), (found[0].RuleId, found[0].StartLine, found[0].StartColumn, found[0].EndColumn - found[0].StartColumn));
        Assert.Equal(("CMP2004", 3, line.IndexOf("3DES", StringComparison.Ordinal) + 1, 4), (found[1].RuleId, found[1].StartLine, found[1].StartColumn, found[1].EndColumn - found[1].StartColumn));
        Assert.Equal("machineKey@validation", found[0].Anchor);
        Assert.Equal("machineKey@decryption", found[1].Anchor);
    }

    [Fact]
    public void Strong_settings_other_elements_and_other_files_stay_silent()
    {
        var strong = "<configuration><system.web><machineKey validation=\"HMACSHA256\" decryption=\"AES\" /></system.web></configuration>";
        Assert.Empty(MachineKeyAlgorithms.Scan("Web.config", strong));
        // an appSettings entry that merely mentions the algorithm, and a commented-out weak machineKey
        var decoys = "<configuration><appSettings><add key=\"machineKey\" value=\"SHA1\" /><add key=\"HashAlgorithm\" value=\"SHA1\" /></appSettings>\n"
                     + "<!-- <machineKey validation=\"SHA1\" decryption=\"3DES\" /> -->\n</configuration>";
        Assert.Empty(MachineKeyAlgorithms.Scan("Web.config", decoys));
        // the same element in a non-.config file (documentation, an XML fixture) is not a running setting
        Assert.Empty(MachineKeyAlgorithms.Scan("docs/machinekey.xml", "<machineKey validation=\"SHA1\" decryption=\"3DES\" />"));
    }

    [Fact]
    public void Two_machineKey_elements_get_distinct_anchors()
    {
        var config = "<configuration>\n  <location path=\"admin\"><system.web><machineKey validation=\"MD5\" /></system.web></location>\n"
                     + "  <location path=\"api\"><system.web><machineKey validation=\"SHA1\" decryption=\"DES\" /></system.web></location>\n</configuration>\n";
        var found = MachineKeyAlgorithms.Scan("Web.config", config);
        Assert.Equal(new[] { ("CMP2001", 2, "machineKey@validation"), ("CMP2001", 3, "machineKey@validation#2"), ("CMP2004", 3, "machineKey@decryption") },
            found.Select(f => (f.RuleId, f.StartLine, f.Anchor)).ToArray());
    }
}
