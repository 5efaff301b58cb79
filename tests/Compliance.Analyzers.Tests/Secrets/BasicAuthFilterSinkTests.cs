namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// A dashboard's basic-auth filter built with a literal user and password (<c>new HangfireBasicAuth("ops", "…")</c>,
/// <c>new BasicAuthDashboardFilter(…)</c>) is a hard-coded password at the second argument (CMP1001), whatever the
/// filter's own type. Decoys: the password read from configuration, a WWW-Authenticate challenge's
/// <c>realm="…"</c> given to <c>AuthenticationHeaderValue</c>, a basic-auth type built from a non-literal user.
/// Fixtures are a ferry operator's job dashboard.
/// </summary>
public class BasicAuthFilterSinkTests
{
    private static readonly string Pwd = Password(1701);

    [Fact]
    public Task A_literal_password_given_to_a_basic_auth_filter_is_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using Microsoft.AspNetCore.Builder;

            sealed class FerryBasicAuth
            {
                public FerryBasicAuth(string user, string password) { }
            }

            sealed class BasicAuthDashboardFilter
            {
                public BasicAuthDashboardFilter(string user, string password) { }
            }

            static class Dashboard
            {
                static object[] Filters() => new object[]
                {
                    new FerryBasicAuth("ops", {|CMP1001:"{{Pwd}}"|}),
                    new BasicAuthDashboardFilter("ops", {|CMP1001:"{{Pwd}}"|}),
                };
            }
            """);

    [Fact]
    public Task A_configured_password_and_a_realm_challenge_are_not_reported() =>
        SecretsTest.VerifyBrokenAsync($$"""
            using System;
            using System.Net.Http.Headers;

            sealed class FerryBasicAuth
            {
                public FerryBasicAuth(string user, string password) { }
            }

            static class Dashboard
            {
                static object Filter(string user) => new FerryBasicAuth("ops", Environment.GetEnvironmentVariable("DASHBOARD_PASSWORD"));
                static object FilterOf(string user) => new FerryBasicAuth(user, "{{Password(1702)}}");
                static string Challenge() => new AuthenticationHeaderValue("Basic", "realm=\"jobs\"").ToString();
                static string Challenge2() => new AuthenticationHeaderValue("Bearer", "realm=\"ferry\", error=\"invalid_token\"").ToString();
            }
            """);
}
