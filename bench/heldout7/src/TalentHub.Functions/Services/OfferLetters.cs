using System.Text;
using Microsoft.Extensions.Logging;
using TalentHub.Models;

namespace TalentHub.Services;

public sealed record Offer(string CandidateId, string JobTitle, decimal MonthlySalary, DateOnly StartDate, string ManagerName)
{
    public override string ToString() => $"Offer {JobTitle} from {StartDate:yyyy-MM-dd}";
}

public sealed record OfferRecipient(string FullName, string Email, string IdCardNumber)
{
    public override string ToString() => $"{FullName} <{Email}> {IdCardNumber}";
}

public sealed class OfferLetters
{
    private readonly ILogger<OfferLetters> _logger;

    public OfferLetters(ILogger<OfferLetters> logger) => _logger = logger;

    public async Task<string> RenderAsync(Candidate candidate, Offer offer, string outputDir)
    {
        var recipient = new OfferRecipient(candidate.FullName, candidate.Email, candidate.IdCardNumber ?? "");
        _logger.LogInformation("Rendering {Offer}", offer);
        _logger.LogInformation("Offer recipient {Recipient}", recipient);

        var html = new StringBuilder()
            .Append("<h1>Offer of employment</h1>")
            .Append("<p>Dear ").Append(System.Net.WebUtility.HtmlEncode(candidate.FullName)).Append(",</p>")
            .Append("<p>Position: ").Append(System.Net.WebUtility.HtmlEncode(offer.JobTitle)).Append("</p>")
            .Append("<p>Monthly salary: ").Append(offer.MonthlySalary.ToString("N2")).Append(" CNY</p>")
            .ToString();
        var path = Path.Combine(outputDir, $"offer-{candidate.FullName}-{candidate.IdCardNumber}.html");
        await File.WriteAllTextAsync(path, html);
        return path;
    }

    public static string SalaryBandLabel(decimal monthly) => monthly switch
    {
        < 10_000m => "B1",
        < 20_000m => "B2",
        < 35_000m => "B3",
        < 60_000m => "B4",
        _ => "B5",
    };
}
