using CareHome.Security;
using Xunit;

namespace CareHome.Tests;

public class StaffPasswordHasherTests
{
    private readonly StaffPasswordHasher _hasher = new();

    [Fact]
    public void New_hash_verifies()
    {
        var hash = _hasher.Hash("correct horse battery staple");
        Assert.True(_hasher.Verify("correct horse battery staple", hash));
        Assert.False(_hasher.Verify("Tr0ub4dor&3", hash));
    }

    [Fact]
    public void Legacy_md5_is_accepted_and_flagged_for_rehash()
    {
        const string legacy = "E10ADC3949BA59ABBE56E057F20F883E";
        Assert.True(_hasher.Verify("123456", legacy));
        Assert.True(_hasher.NeedsRehash(legacy));
    }
}
