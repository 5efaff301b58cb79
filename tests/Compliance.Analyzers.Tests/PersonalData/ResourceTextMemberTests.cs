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

    [Fact]
    public Task A_resource_text_whose_access_did_not_bind_is_found_by_its_type_name() =>
        // duplicati (judged FP, fifteenth session): the FTP project's class Backend.Strings and the other backends' namespace
        // Backend.Strings collide in a merged fallback compilation, so Strings.MicrosoftGroup.MissingGroupIdAndEmailAddress does
        // not bind; the type named MicrosoftGroup still says its member is fixed text. A settable member of that name stays.
        AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyBrokenAsync(@"
using System;
namespace Backend.Strings
{
    internal static class MicrosoftGroup
    {
        public static string MissingGroupIdAndEmailAddress { get { return LC.L(@""No group ID or group email address was provided.""); } }
        public static string OwnerEmail { get; set; } = """";
    }
}
namespace Backend
{
    internal static class Strings { public static string Title => ""FTP""; }
    public static class LC { public static string L(string text) => text; }
    public class MicrosoftGroupBackend
    {
        public void Open(int mode)
        {
            if (mode == 0) throw new InvalidOperationException(Strings.MicrosoftGroup.MissingGroupIdAndEmailAddress);
            {|CMP3002:throw new InvalidOperationException(Strings.MicrosoftGroup.OwnerEmail);|}
        }
    }
}");
}
