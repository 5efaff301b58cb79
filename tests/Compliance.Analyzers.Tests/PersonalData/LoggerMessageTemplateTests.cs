namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5): a source-generated <c>[LoggerMessage]</c> method's template is where personal
/// data is put into the log (its call sites were already reported): a placeholder bound to a parameter named for personal
/// data is reported on the attribute. A masked parameter, a count and a template without personal data are not.
/// </summary>
public class LoggerMessageTemplateTests
{
    [Fact]
    public Task A_LoggerMessage_template_with_a_personal_placeholder_is_reported_on_its_attribute()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using Microsoft.Extensions.Logging;
public static partial class CinemaLog
{
    [{|CMP3001:LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = ""Seat {Seat} sold to {BuyerPhone}"")|}]
    public static partial void SeatSold(ILogger logger, string seat, string buyerPhone);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = ""Seat {Seat} refunded, {RefundCount} left"")]
    public static partial void Refunded(ILogger logger, string seat, int refundCount);

    [LoggerMessage(9, LogLevel.Warning, ""Card {MaskedCardNumber} declined"")]
    public static partial void Declined(ILogger logger, string maskedCardNumber);

    [{|CMP3001:LoggerMessage(10, LogLevel.Warning, ""Card {CardNumber} of {Seat} declined"")|}]
    public static partial void DeclinedRaw(ILogger logger, string seat, string cardNumber);
}
");
    }
}
