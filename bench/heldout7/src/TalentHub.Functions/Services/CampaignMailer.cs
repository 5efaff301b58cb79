using SendGrid;
using SendGrid.Helpers.Mail;

namespace TalentHub.Services;

/// <summary>
/// Talent-pool newsletter ("new jobs that match you"), run by marketing from a console job.
/// Written during the 2025 hackathon; uses its own SendGrid sub-user.
/// </summary>
public static class CampaignMailer
{
    private const string SendGridKey = "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";
    private const string UnsubscribeGroup = "18211";

    public static async Task<int> SendAsync(IEnumerable<(string Email, string Name, string[] Jobs)> recipients)
    {
        var client = new SendGridClient(SendGridKey);
        var count = 0;
        foreach (var batch in recipients.Chunk(500))
        {
            var msg = new SendGridMessage
            {
                From = new EmailAddress("talentpool@talenthub.example", "TalentHub Talent Pool"),
                Subject = "New jobs matching your profile",
                Asm = new ASM { GroupId = int.Parse(UnsubscribeGroup) },
            };
            foreach (var r in batch)
            {
                msg.AddTo(new EmailAddress(r.Email, r.Name));
            }
            msg.HtmlContent = "<p>{{jobs}}</p>";
            await client.SendEmailAsync(msg);
            count += batch.Length;
            Console.WriteLine($"campaign batch sent, total {count}");
        }
        return count;
    }
}
