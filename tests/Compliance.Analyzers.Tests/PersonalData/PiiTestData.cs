namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData.Detection;

/// <summary>
/// Personal data for tests is generated here at run time, never committed as literals:
/// checksum-valid ID numbers are computed from their parts, phone numbers are assembled.
/// </summary>
internal static class PiiTestData
{
    /// <summary>A GB 11643 ID number with a valid check character for the given parts.</summary>
    public static string IdNumber(string region = "110105", string birth = "19870412", string sequence = "357")
    {
        var first17 = region + birth + sequence;
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string IdNumberWithBadChecksum(string region = "110105", string birth = "19870412", string sequence = "357")
    {
        var valid = IdNumber(region, birth, sequence);
        var wrong = valid[17] == '0' ? '1' : '0';
        return valid.Substring(0, 17) + wrong;
    }

    /// <summary>A personal-looking e-mail address, assembled so the source holds no address literal.</summary>
    public static string Email(string local) => local + "@" + "corp" + ".cn";

    /// <summary>A mainland mobile number assembled from carrier prefix and subscriber digits.</summary>
    public static string Mobile(string prefix = "139", string middle = "2046", string last = "8817") => prefix + middle + last;

    /// <summary>A Luhn-valid card number with the given BIN, completed with a computed check digit.</summary>
    public static string BankCard(string bin = "622848", int length = 19)
    {
        var body = bin;
        var seed = 7;
        while (body.Length < length - 1)
        {
            seed = (seed * 31 + 11) % 97;
            body += (char)('0' + seed % 10);
        }

        for (var d = 0; d <= 9; d++)
        {
            var candidate = body + (char)('0' + d);
            if (BankCardNumber.PassesLuhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
