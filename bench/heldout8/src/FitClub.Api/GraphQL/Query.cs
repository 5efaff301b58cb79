using FitClub.Api.Members;
using FitClub.Api.Staff;
using HotChocolate;
using HotChocolate.Data;
using HotChocolate.Authorization;
using Marten;

namespace FitClub.Api.GraphQL;

public sealed class Query
{
    /// <summary>Front-desk member search; returns summaries only.</summary>
    [Authorize(Roles = new[] { "front-desk", "manager" })]
    public async Task<IReadOnlyList<MemberSummary>> SearchMembers(string keyword, [Service] IQuerySession session, [Service] ILogger<Query> log)
    {
        var hits = await session.Query<Member>()
            .Where(m => m.Name.Contains(keyword) || m.Mobile == keyword || m.MemberNo == keyword)
            .Take(20)
            .ToListAsync();
        log.LogInformation("member search returned {Count} results", hits.Count);
        return hits.Select(m => m.ToSummary()).ToList();
    }

    /// <summary>Full member record for the personal-trainer app.</summary>
    [Authorize(Roles = new[] { "trainer", "manager" })]
    public Task<Member?> MemberById(Guid id, [Service] IQuerySession session) =>
        session.LoadAsync<Member>(id);

    [Authorize]
    public async Task<Member?> Me(System.Security.Claims.ClaimsPrincipal user, [Service] IQuerySession session)
    {
        var memberNo = user.FindFirst("member_no")?.Value;
        return memberNo is null ? null : await session.Query<Member>().FirstOrDefaultAsync(m => m.MemberNo == memberNo);
    }

    [Authorize(Roles = new[] { "hr" })]
    [UseFiltering]
    [UseSorting]
    public IQueryable<StaffProfile> Staff([Service] IQuerySession session) => session.Query<StaffProfile>();

    /// <summary>Front desk: a member forgot the card and gives the mobile number.</summary>
    [Authorize(Roles = new[] { "front-desk" })]
    public async Task<MemberSummary> MemberByMobile(string mobile, [Service] IQuerySession session, [Service] ILogger<Query> log)
    {
        var m = await session.Query<Member>().FirstOrDefaultAsync(x => x.Mobile == mobile);
        if (m is null)
        {
            log.LogInformation("front-desk lookup by mobile {Mobile}: no member", mobile);
            throw new GraphQLException($"未找到手机号为 {mobile} 的会员");
        }

        return m.ToSummary();
    }

    public IReadOnlyList<ClassSlot> Timetable(string club, DateOnly day) =>
        Timetables.For(club, day);
}
