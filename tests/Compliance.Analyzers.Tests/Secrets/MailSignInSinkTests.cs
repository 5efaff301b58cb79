namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// A password literal handed to a mail client's sign-in (MailKit's <c>Authenticate</c>/<c>AuthenticateAsync</c> on an SMTP,
/// IMAP or POP3 client) is a hard-coded credential at the literal (CMP1001), also when MailKit is not restored. The user
/// name, a configured password and a project's own <c>Authenticate(user, pass)</c> are not.
/// </summary>
public class MailSignInSinkTests
{
    private static readonly string Pwd = Password(417);

    [Fact]
    public Task Literal_passwords_given_to_mail_client_sign_in_are_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using MailKit.Net.Imap;
            using MailKit.Net.Smtp;

            class OverdueNoticeSender
            {
                private const string NoticeAccount = "overdue@library.example.org";

                async Task SendAsync(CancellationToken ct)
                {
                    using var smtp = new SmtpClient();
                    await smtp.ConnectAsync("smtp.library.example.org", 587, false, ct);
                    await smtp.AuthenticateAsync(NoticeAccount, {|CMP1001:"{{Pwd}}"|}, ct);
                }

                void ReadReplies()
                {
                    using var imap = new ImapClient();
                    imap.Authenticate(Encoding.UTF8, NoticeAccount, {|CMP1001:"{{Pwd}}"|});
                }
            }
            """);

    [Fact]
    public Task Configured_passwords_and_a_projects_own_authenticate_are_not_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System;
            using System.Threading.Tasks;
            using MailKit.Net.Smtp;

            class PatronDirectory
            {
                public bool Authenticate(string card, string pin) => card.Length > 0 && pin.Length > 0;
            }

            class OverdueNoticeSenderFromConfig
            {
                async Task SendAsync(PatronDirectory directory)
                {
                    using var smtp = new SmtpClient();
                    await smtp.AuthenticateAsync("overdue@library.example.org", Environment.GetEnvironmentVariable("NOTICE_SMTP_PASSWORD"));
                    directory.Authenticate("0042-1177", "{{Pwd}}");
                }
            }
            """);
}
