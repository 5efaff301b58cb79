namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;

/// <summary>A gRPC service method's reply message is the response (PiiResponseSinks, sixteenth session).</summary>
public class GrpcReplyResponseTests
{
    private const string Grpc = @"
using System; using System.Threading.Tasks;
namespace Grpc.Core { public class ServerCallContext { } }
namespace App
{
using Grpc.Core;
public class Member { public Guid Id { get; set; } public string FullName { get; set; } = """"; public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; public int Points { get; set; } }
public class MemberRequest { public string Id { get; set; } = """"; }
public class MemberReply { public string Id { get; set; } = """"; public string Name { get; set; } = """"; public string Phone { get; set; } = """"; public int Points { get; set; } }
public static partial class Members
{
    public abstract partial class MembersBase
    {
        public virtual Task<MemberReply> GetMember(MemberRequest request, ServerCallContext context) => throw new NotImplementedException();
        public virtual Task<MemberReply> GetPoints(MemberRequest request, ServerCallContext context) => throw new NotImplementedException();
    }
}
public class MemberStore { public Task<Member> GetAsync(Guid id) => Task.FromResult(new Member()); }
";

    [Fact]
    public Task Reply_members_carrying_personal_data_are_a_response()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Grpc + @"
public class MemberService : Members.MembersBase
{
    private readonly MemberStore _store = new MemberStore();

    public override async Task<MemberReply> GetMember(MemberRequest request, ServerCallContext context)
    {
        var m = await _store.GetAsync(Guid.Parse(request.Id));
        return new MemberReply { Id = m.Id.ToString(), {|CMP3003:Name = m.FullName|}, {|CMP3003:Phone = m.Mobile|}, Points = m.Points };
    }

    public override async Task<MemberReply> GetPoints(MemberRequest request, ServerCallContext context)
    {
        var m = await _store.GetAsync(Guid.Parse(request.Id));
        return new MemberReply { Id = m.Id.ToString(), Points = m.Points };
    }
}
}");
    }

    [Fact]
    public Task A_helper_that_takes_the_call_context_but_overrides_nothing_is_no_endpoint()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Grpc + @"
public class MemberMapper
{
    public MemberReply ToReply(Member m, ServerCallContext context) => new MemberReply { Name = m.FullName, Phone = m.Mobile };
}
}");
    }
}
