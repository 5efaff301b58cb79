namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// Passwords handed to an SSH/SFTP client constructor, a fluent broker builder's <c>Password("…")</c> or a PKCS#12 loader
/// are hard-coded credentials at the literal (CMP1001), also when the SDK is not restored (the calls do not bind).
/// Values from configuration, user names and key files are not.
/// </summary>
public class PasswordArgumentSinkTests
{
    private static readonly string Pwd = Password(331);

    [Fact]
    public Task Literal_passwords_in_ssh_clients_fluent_builders_and_pkcs12_loaders_are_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System.Security.Cryptography.X509Certificates;

            class WeatherBuoyUplink
            {
                void Push(string file)
                {
                    using var sftp = new SftpClient("buoys.example.net", 22, "uplink", {|CMP1001:"{{Pwd}}"|});
                    using var ssh = new SshClient("buoys.example.net", "uplink", {|CMP1001:"{{Pwd}}"|});
                    var auth = new PasswordAuthenticationMethod("uplink", {|CMP1001:"{{Pwd}}"|});
                }

                void Broker(IBusFactory bus) =>
                    bus.Host("mq.example.net", "/buoys", h =>
                    {
                        h.Username("buoy-feed");
                        h.Password({|CMP1001:"{{Pwd}}"|});
                    });

                X509Certificate2 Cert() => X509CertificateLoader.LoadPkcs12FromFile("certs/buoy.pfx", {|CMP1001:"{{Pwd}}"|});
            }
            """);

    [Fact]
    public Task Configured_passwords_user_names_and_key_files_are_not_reported() =>
        SecretsTest.VerifyBrokenAsync("""
            using System;

            class WeatherBuoyUplinkFromConfig
            {
                void Push(string file)
                {
                    var pwd = Environment.GetEnvironmentVariable("BUOY_SFTP_PASSWORD");
                    using var sftp = new SftpClient("buoys.example.net", 22, "uplink", pwd);
                    using var keyed = new SftpClient("buoys.example.net", "uplink", new PrivateKeyFile("keys/uplink.pem"));
                    using var info = new SftpClient(new ConnectionInfo("buoys.example.net", "uplink"));
                }

                void Broker(IBusFactory bus) =>
                    bus.Host("mq.example.net", "/buoys", h =>
                    {
                        h.Username("buoy-feed");
                        h.Password(Environment.GetEnvironmentVariable("BUOY_MQ_PASSWORD"));
                    });
            }
            """);
}
