using System.Net;
using Common.Infrastructure.Security;
using MedLink.Hospital.Api.Models;
using Xunit;

namespace MedLink.Hospital.Api.Tests;

public class InsuranceGatewayTests
{
    private const string FakeSm4Key = "000102030405060708090A0B0C0D0E0F";
    private const string TestConnection = "Server=localhost;Database=his_test;User Id=sa;Password=Test_Only_123;";

    [Fact]
    public void Sm4_round_trip_with_test_key()
    {
        var cipher = SM4Util.EncryptEcb("hello", FakeSm4Key);
        Assert.Equal("hello", SM4Util.DecryptEcb(cipher, FakeSm4Key));
    }

    [Fact]
    public void Settlement_request_serialises_insurance_number()
    {
        var request = new InsuranceSettlementRequest
        {
            InsuranceNo = "330100000000TEST01",
            PatientName = "测试患者",
            IdCardNo = "330106199203154327",
            VisitNo = "V0001",
            TotalFee = 128.5m,
        };
        var json = System.Text.Json.JsonSerializer.Serialize(request);
        Assert.Contains("330100000000TEST01", json);
    }

    [Fact]
    public void Des_round_trip()
    {
        var encrypted = DESEncrypt.Encrypt("abc", "testkey1");
        Assert.Equal("abc", DESEncrypt.Decrypt(encrypted, "testkey1"));
        Assert.NotNull(TestConnection);
    }

    private sealed class StubHandler(HttpStatusCode code, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
            => Task.FromResult(new HttpResponseMessage(code) { Content = new StringContent(body) });
    }
}
