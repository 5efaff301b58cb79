using Donate.Data;
using Donate.Models;
using Donate.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

public sealed class MiniLoginFunction
{
    private readonly MiniProgramAuth _auth;
    private readonly DonationRepository _repo;
    private readonly DonorTokenService _tokens;
    private readonly ILogger<MiniLoginFunction> _logger;

    public MiniLoginFunction(MiniProgramAuth auth, DonationRepository repo, DonorTokenService tokens, ILogger<MiniLoginFunction> logger)
    {
        _auth = auth;
        _repo = repo;
        _tokens = tokens;
        _logger = logger;
    }

    [Function("MiniLogin")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/mini")] HttpRequest req)
    {
        var code = req.Query["code"].ToString();
        var session = await _auth.Code2SessionAsync(code);
        if (session is null)
        {
            return new UnauthorizedResult();
        }

        var donor = await _repo.FindDonorByOpenIdAsync(session.Value.OpenId) ?? new Donor { OpenId = session.Value.OpenId };
        if (donor.Id == 0)
        {
            donor.Id = await _repo.UpsertDonorAsync(donor);
            _logger.LogInformation("New donor {DonorId} registered", donor.Id);
        }

        return new OkObjectResult(new { token = _tokens.Issue(donor) });
    }
}
