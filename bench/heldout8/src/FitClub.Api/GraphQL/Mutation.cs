using FitClub.Api.Members;
using FitClub.Api.Messaging;
using HotChocolate;
using HotChocolate.Authorization;
using Marten;
using Wolverine;

namespace FitClub.Api.GraphQL;

public sealed record RegisterMemberInput(
    string Name,
    string Mobile,
    string? IdNumber,
    DateOnly? BirthDate,
    string? Email,
    MembershipTier Tier,
    string HomeClub,
    int Months,
    bool HeartCondition,
    string? Medications,
    string? EmergencyContactName,
    string? EmergencyContactPhone);

public sealed class Mutation
{
    [Authorize(Roles = new[] { "front-desk", "manager" })]
    public async Task<MemberSummary> RegisterMember(
        RegisterMemberInput input,
        [Service] IDocumentSession session,
        [Service] IMessageBus bus,
        [Service] ILogger<Mutation> log)
    {
        if (await session.Query<Member>().AnyAsync(m => m.Mobile == input.Mobile))
        {
            throw new GraphQLException($"手机号 {input.Mobile} 已注册会员");
        }

        var member = new Member
        {
            Id = Guid.NewGuid(),
            MemberNo = "M" + DateTime.UtcNow.ToString("yyMMdd") + Random.Shared.Next(1000, 9999),
            Name = input.Name,
            Mobile = input.Mobile,
            IdNumber = input.IdNumber,
            BirthDate = input.BirthDate,
            Email = input.Email,
            Tier = input.Tier,
            HomeClub = input.HomeClub,
            ValidUntil = DateOnly.FromDateTime(DateTime.Today).AddMonths(input.Months),
            Health = new HealthQuestionnaire { HeartCondition = input.HeartCondition, Medications = input.Medications },
            EmergencyContactName = input.EmergencyContactName,
            EmergencyContactPhone = input.EmergencyContactPhone,
        };
        session.Store(member);
        await session.SaveChangesAsync();

        log.LogInformation("New member {MemberNo} at {Club}: {Name}, {Mobile}, meds: {Medications}", member.MemberNo, member.HomeClub, member.Name, member.Mobile, input.Medications);
        await bus.PublishAsync(new MemberRegistered(member.Id, member.MemberNo, member.Name, member.Mobile, member.HomeClub));
        return member.ToSummary();
    }

    [Authorize(Roles = new[] { "trainer" })]
    public async Task<bool> RecordMeasurement(Guid memberId, BodyMeasurement m, [Service] IDocumentSession session, [Service] ILogger<Mutation> log)
    {
        var member = await session.LoadAsync<Member>(memberId);
        if (member is null)
        {
            return false;
        }

        member.Measurements.Add(m);
        session.Store(member);
        await session.SaveChangesAsync();
        log.LogDebug("measurement recorded for {MemberId}: {Count} total", memberId, member.Measurements.Count);
        log.LogInformation("Body data for {Name}: {Weight} kg, {BodyFat} % fat, resting HR {Hr}", member.Name, m.WeightKg, m.BodyFatPct, m.RestingHr);
        return true;
    }

    [Authorize(Roles = new[] { "manager" })]
    public async Task<bool> FreezeMembership(string memberNo, int days, string reason, [Service] IDocumentSession session, [Service] ILogger<Mutation> log)
    {
        var member = await session.Query<Member>().FirstOrDefaultAsync(m => m.MemberNo == memberNo);
        if (member is null)
        {
            return false;
        }

        member.ValidUntil = member.ValidUntil.AddDays(days);
        session.Store(member);
        await session.SaveChangesAsync();
        log.LogInformation("Membership {MemberNo} frozen {Days} days ({Tier})", memberNo, days, member.Tier);
        return true;
    }
}
