namespace CreditLoan.Web.Infrastructure;

/// <summary>Source-generated log messages (one place for all event ids of the loan flow).</summary>
public static partial class LoanLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Application {ApplicationNo} received for {ApplicantName}, id card {IdCardNo}")]
    public static partial void ApplicationReceived(ILogger logger, string applicationNo, string applicantName, string idCardNo);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Application {ApplicationNo} scored {Score}")]
    public static partial void ApplicationScored(ILogger logger, string applicationNo, int score);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Bureau query failed for mobile {Mobile}: {Reason}")]
    public static partial void BureauQueryFailed(ILogger logger, string mobile, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Disbursed {Amount} to card {BankCard} for {ApplicationNo}")]
    public static partial void Disbursed(ILogger logger, decimal amount, string bankCard, string applicationNo);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Product {ProductCode} rate changed to {Rate}")]
    public static partial void ProductRateChanged(ILogger logger, string productCode, decimal rate);
}
