namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, ninth session (branch pii5): a thrown exception whose type did not restore (an RPC framework's status
/// exception) is unbound, so its message argument was not traced. The thrown type's name must say Exception; the
/// message built inside a nested status object counts. An identifier in the message does not.
/// </summary>
public class UnboundThrownExceptionTests
{
    [Fact]
    public Task Personal_data_in_the_message_of_an_unbound_exception_is_reported()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyBrokenAsync(@"
public class LibraryCard { public long Id { get; set; } public string HolderPhone { get; set; } = """"; public string HolderName { get; set; } = """"; }
public class CardDesk
{
    public void Renew(LibraryCard card, bool blocked, bool expired, bool lost)
    {
        if (blocked) {|CMP3002:throw new ServiceCallException(new CallStatus(7, $""card of {card.HolderPhone} is blocked""));|}
        if (expired) throw new ServiceCallException(new CallStatus(9, $""card {card.Id} expired""));
        if (lost) {|CMP3002:throw new DeskFaultException(""lost card reported by "" + card.HolderName);|}
        if (card.Id == 0) throw new DeskFault(""lost card reported by "" + card.HolderName);
    }
}
");
    }
}
