namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, tenth session (branch rwprec5): duplicati throws <c>Strings.MicrosoftGroup.MissingGroupIdAndEmailAddress</c>,
/// a localised message whose NAME mentions an e-mail address ("No group ID or group email address was provided."). A static,
/// get-only string property whose getter returns fixed text (a literal, or a lookup keyed by literals: <c>LC.L(@"…")</c>,
/// ResX's <c>ResourceManager.GetString("…", resourceCulture)</c>) is message text, not anybody's data.
/// </summary>
public class ResourceTextMemberTests
{
    [Fact]
    public Task A_resource_text_named_like_personal_data_is_not_personal_data() =>
        AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(@"
using System;
using System.Globalization;
public static class LC { public static string L(string text) => text; }
public class Resources
{
    private static CultureInfo resourceCulture = CultureInfo.InvariantCulture;
    public static string GetString(string name, CultureInfo culture) => name;
    public static string InvalidEmailAddress => GetString(""InvalidEmailAddress"", resourceCulture);
}
public static class Strings
{
    public static string MissingGroupIdAndEmailAddress { get { return LC.L(@""No group ID or group email address was provided.""); } }
    public static string NoPhoneNumber => ""No phone number was given."";
    public static string OwnerEmail { get; set; } = """";
    public static string LastEmail => Inbox.Last;
}
public static class Inbox { public static string Last = """"; }
public class Backend
{
    public void Open(string groupId, int mode)
    {
        if (mode == 0) throw new InvalidOperationException(Strings.MissingGroupIdAndEmailAddress);
        if (mode == 1) throw new InvalidOperationException(Strings.NoPhoneNumber);
        if (mode == 2) throw new InvalidOperationException(Resources.InvalidEmailAddress);
        if (mode == 3) {|CMP3002:throw new InvalidOperationException(""owner "" + Strings.OwnerEmail);|}
        {|CMP3002:throw new InvalidOperationException(""last "" + Strings.LastEmail);|}
    }
}");
}
