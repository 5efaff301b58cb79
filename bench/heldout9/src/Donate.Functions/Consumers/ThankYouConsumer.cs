using System.Net.Mail;
using Donate.Contracts;
using Donate.Data;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Donate.Consumers;

/// <summary>Thanks the donor by e-mail (if we have one) once the payment is confirmed.</summary>
public sealed class ThankYouConsumer : IConsumer<DonationPaid>
{
    private readonly DonationRepository _repo;
    private readonly ILogger<ThankYouConsumer> _logger;

    public ThankYouConsumer(DonationRepository repo, ILogger<ThankYouConsumer> logger)
    {
        _repo = repo;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<DonationPaid> context)
    {
        var donor = await _repo.GetDonorAsync(context.Message.DonorId);
        if (string.IsNullOrEmpty(donor.Email))
        {
            _logger.LogDebug("Donor {DonorId} has no e-mail, skipping thank-you", donor.Id);
            return;
        }

        using var smtp = new SmtpClient("smtpdm.aliyun.com", 80)
        {
            Credentials = new System.Net.NetworkCredential("thanks@mail.aixin-foundation.example.cn", "Th4nkYou2024smtp"),
        };
        var body = $"{donor.RealName}，感谢您为项目捐赠 {context.Message.AmountCents / 100m:0.00} 元。";
        await smtp.SendMailAsync(new MailMessage("thanks@mail.aixin-foundation.example.cn", donor.Email, "感谢您的善款", body));
        _logger.LogInformation("Thank-you mail sent to {Email} for {OrderNo}", donor.Email, context.Message.OrderNo);
    }
}
