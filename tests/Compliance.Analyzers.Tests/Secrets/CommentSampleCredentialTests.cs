namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// IoTSharp (judged blind): <c>//amqp://guest:guest@localhost:5672</c> above code that reads the broker URI from
/// configuration was CMP1004 at high. A URI credential in a code comment is a sample, as a commented-out connection string
/// in a configuration file already is: low precision. The same URI in a string the code uses stays, and so does a
/// provider token in a comment (its shape proves a real key).
/// </summary>
public class CommentSampleCredentialTests
{
    [Fact]
    public async Task A_uri_credential_in_a_comment_is_low_precision_and_in_a_string_or_a_token_in_a_comment_is_not()
    {
        var pwd = Password(611);
        var aws = AwsKeyId(612);
        var source = @"
class Bus
{
    public string Url(string configured)
    {
        //amqp://guest:guest@localhost:5672
        /* old broker: amqp://admin:" + pwd + @"@mq.internal:5672 */
        // deploy key " + aws + @"
        return configured ?? ""amqp://admin:" + pwd + @"@mq.internal:5672"";
    }
}";
        var diagnostics = await SecretsAnalyzerRunner.RunAsync(source);
        var found = diagnostics.Select(d => (d.Id, Text: source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length),
            Line: d.Location.GetLineSpan().StartLinePosition.Line + 1,
            Precision: d.Properties.TryGetValue("compliance.precision", out var p) ? p : (string?)null)).ToList();
        Assert.Contains(("CMP1004", "guest", 6, "low"), found);
        Assert.Contains(("CMP1004", pwd, 7, "low"), found);
        Assert.Contains(("CMP1003", aws, 8, (string?)null), found);
        Assert.Equal(4, found.Count);
        Assert.Contains(("CMP1004", "\"amqp://admin:" + pwd + "@mq.internal:5672\"", 9, (string?)null), found);
    }
}
