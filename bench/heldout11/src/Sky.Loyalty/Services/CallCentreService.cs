using Sky.Loyalty.Grains;

namespace Sky.Loyalty.Services;

/// <summary>Outsourced call centre verifies a caller by member number + PIN, then sees a reduced profile.</summary>
public class CallCentreService
{
    private readonly IGrainFactory _grains;
    private readonly ILogger<CallCentreService> _logger;

    public CallCentreService(IGrainFactory grains, ILogger<CallCentreService> logger)
    {
        _grains = grains;
        _logger = logger;
    }

    public async Task<object?> VerifyCallerAsync(string memberNo, string pin, string agentId)
    {
        var member = _grains.GetGrain<IMemberGrain>(memberNo);
        if (!await member.CheckPin(pin))
        {
            _logger.LogWarning("caller verification failed for {MemberNo} by agent {AgentId}", memberNo, agentId);
            return null;
        }
        var p = await member.GetProfile();
        if (p is null) return null;
        return new
        {
            p.MemberNo,
            Name = p.NameEn,
            Mobile = p.Mobile[..3] + "****" + p.Mobile[^4..],
            Passport = "*****" + p.PassportNo[^3..],
            MedicalNote = p.MedicalNote,
        };
    }

    public async Task<string> SpecialMealAsync(string memberNo)
    {
        var p = await _grains.GetGrain<IMemberGrain>(memberNo).GetProfile();
        return p?.MealPreference switch
        {
            "MOML" => "Muslim meal",
            "VGML" => "Vegan meal",
            "DBML" => "Diabetic meal",
            _ => "Standard",
        };
    }
}
