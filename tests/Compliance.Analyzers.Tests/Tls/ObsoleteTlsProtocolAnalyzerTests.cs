namespace Compliance.Analyzers.Tests.Tls;

using Compliance.Analyzers.Tls;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Tls.ObsoleteTlsProtocolAnalyzer>;

public class ObsoleteTlsProtocolAnalyzerTests
{
    [Fact]
    public Task Obsolete_versions_written_into_settings_are_reported_at_the_member_access() => Verify.VerifyAsync("""
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Authentication;
        #pragma warning disable SYSLIB0039, SYSLIB0014, CS0618

        class LegacyBankClient
        {
            private static readonly SslProtocols Allowed = {|#0:SslProtocols.Tls|} | SslProtocols.Tls12;

            public HttpClient Create()
            {
                ServicePointManager.SecurityProtocol |= {|#1:SecurityProtocolType.Tls11|};
                var handler = new HttpClientHandler { SslProtocols = {|CMP4202:SslProtocols.Ssl3|} | SslProtocols.Tls12 };
                return new HttpClient(handler);
            }

            public SslClientAuthenticationOptions Options() => new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = ({|CMP4202:SslProtocols.Tls11|} | SslProtocols.Tls12),
            };

            public void Authenticate(SslStream stream) => stream.AuthenticateAsClient("bank.example", null, {|CMP4202:SslProtocols.Tls|}, true);
        }
        """,
        new DiagnosticResult(TlsDescriptors.ObsoleteTlsProtocol).WithLocation(0).WithArguments(TlsDescriptors.Reason("CMP4202_Protocol", "SslProtocols.Tls", "TLS 1.0")),
        new DiagnosticResult(TlsDescriptors.ObsoleteTlsProtocol).WithLocation(1).WithArguments(TlsDescriptors.Reason("CMP4202_Protocol", "SecurityProtocolType.Tls11", "TLS 1.1")));

    [Fact]
    public Task Modern_versions_comparisons_and_switching_off_are_not_reported() => Verify.VerifyAsync("""
        using System.Net;
        using System.Net.Http;
        using System.Security.Authentication;
        #pragma warning disable SYSLIB0039, SYSLIB0014, CS0618

        class ModernClient
        {
            public HttpClient Create()
            {
                var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };
                ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Tls11;
                return new HttpClient(handler);
            }

            public bool IsLegacy(SslProtocols p) => p == SslProtocols.Tls || (p & SslProtocols.Tls11) != 0;

            public string Name(SslProtocols p) => p switch
            {
                SslProtocols.Tls => "TLS 1.0",
                _ => "other",
            };
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Security.Authentication;
        #pragma warning disable SYSLIB0039

        class Broken
        {
            SslProtocols a = {|CMP4202:SslProtocols.Tls|} | ;
            SslProtocols b = SslProtocols.;
            void M() { Undefined.Protocols = {|CMP4202:SslProtocols.Tls11|}; }
        """);
}
