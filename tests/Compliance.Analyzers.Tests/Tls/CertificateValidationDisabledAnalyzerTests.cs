namespace Compliance.Analyzers.Tests.Tls;

using Compliance.Analyzers.Tls;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.Tls.CertificateValidationDisabledAnalyzer>;

public class CertificateValidationDisabledAnalyzerTests
{
    [Fact]
    public Task Callbacks_that_accept_every_certificate_are_reported_at_the_callback() => Verify.VerifyAsync("""
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        #pragma warning disable SYSLIB0014

        class PaymentGatewayClient
        {
            public HttpClient Create()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = {|#0:(message, cert, chain, errors) => true|};
                return new HttpClient(handler);
            }

            public HttpClient Dangerous() => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = {|#1:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
            });

            public void Global()
            {
                ServicePointManager.ServerCertificateValidationCallback += {|CMP4201:delegate { return true; }|};
            }

            public SocketsHttpHandler Sockets()
            {
                var handler = new SocketsHttpHandler();
                handler.SslOptions.RemoteCertificateValidationCallback = {|CMP4201:AcceptAll|};
                return handler;
            }

            public SslStream Stream(System.IO.Stream inner) =>
                new SslStream(inner, false, {|CMP4201:(sender, certificate, chain, sslPolicyErrors) =>
                {
                    System.Console.WriteLine("accepting");
                    return true;
                }|});

            private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
        }
        """,
        new DiagnosticResult(TlsDescriptors.CertificateValidationDisabled).WithLocation(0).WithArguments(TlsDescriptors.Reason("CMP4201_AcceptAll")),
        new DiagnosticResult(TlsDescriptors.CertificateValidationDisabled).WithLocation(1).WithArguments(TlsDescriptors.Reason("CMP4201_Dangerous")));

    [Fact]
    public Task A_named_client_for_this_machine_only_may_accept_any_certificate_and_any_other_named_client_may_not() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;

        // btcpayserver's WebhooksPlugin: the loopback client is chosen only for uri.IsLoopback webhook URLs.
        class Services { }
        class ClientBuilder { }
        static class HttpClientFactoryExtensions
        {
            public static ClientBuilder AddHttpClient(this Services services, string name) => new ClientBuilder();
            public static ClientBuilder ConfigureHttpClient(this ClientBuilder builder, Action<HttpClient> configure) => builder;
            public static ClientBuilder ConfigurePrimaryHttpMessageHandler(this ClientBuilder builder, Func<IServiceProvider, HttpMessageHandler> create) => builder;
        }
        static class WebhookSender
        {
            public const string LoopbackNamedClient = "greenfield-webhook.loopback";
            public const string LocalCallbacks = "callbacks.localhost";
            public const string ClearnetNamedClient = "greenfield-webhook.clearnet";
        }
        class WebhooksPlugin
        {
            public void Execute(Services services)
            {
                services.AddHttpClient(WebhookSender.LoopbackNamedClient)
                    .ConfigurePrimaryHttpMessageHandler(_ => new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
                    });
                services.AddHttpClient(WebhookSender.LocalCallbacks).ConfigureHttpClient(c => c.Timeout = TimeSpan.FromSeconds(5))
                    .ConfigurePrimaryHttpMessageHandler(_ => new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true });
                services.AddHttpClient(WebhookSender.ClearnetNamedClient)
                    .ConfigurePrimaryHttpMessageHandler(_ => new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = {|#0:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|}
                    });
                services.AddHttpClient("payments")
                    .ConfigurePrimaryHttpMessageHandler(_ => new HttpClientHandler { ServerCertificateCustomValidationCallback = {|#1:(m, c, ch, e) => true|} });
            }
        }
        """,
        new DiagnosticResult(TlsDescriptors.CertificateValidationDisabled).WithLocation(0).WithArguments(TlsDescriptors.Reason("CMP4201_Dangerous")),
        new DiagnosticResult(TlsDescriptors.CertificateValidationDisabled).WithLocation(1).WithArguments(TlsDescriptors.Reason("CMP4201_AcceptAll")));

    [Fact]
    public Task Callbacks_that_check_policy_errors_or_pin_a_certificate_are_not_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        class PinnedClient
        {
            private const string Thumbprint = "A1B2C3";

            public HttpClient Default()
            {
                var handler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None,
                };
                return new HttpClient(handler);
            }

            public HttpClient Pinned()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None) return true;
                    return cert != null && string.Equals(cert.Thumbprint, Thumbprint, StringComparison.OrdinalIgnoreCase);
                };
                return new HttpClient(handler);
            }

            public SslStream Strict(System.IO.Stream inner) => new SslStream(inner, false, Validate);

            private static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            {
                if (errors != SslPolicyErrors.None) throw new InvalidOperationException("untrusted server");
                return true;
            }

            // Not a certificate callback: a predicate that happens to return true.
            public Func<string, bool> Any = s => true;
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using System.Net.Http;
        using System.Net.Security;

        class Broken
        {
            public HttpClient Create()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain) => true;
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => { return true;
                handler.ServerCertificateCustomValidationCallback = {|CMP4201:(message, cert, chain, errors) => true|};
                handler.ServerCertificateCustomValidationCallback = Missing;
                handler.ServerCertificateCustomValidationCallback = (a, b, c, d) => { return; };
                return new HttpClient(handler
            }
        """);
}
