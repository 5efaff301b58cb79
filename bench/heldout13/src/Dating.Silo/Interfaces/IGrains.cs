namespace Dating.Silo.Interfaces;

[GenerateSerializer, Immutable]
public sealed record ProfileState
{
    [Id(0)] public string Nickname { get; init; } = "";
    [Id(1)] public string RealName { get; init; } = "";
    [Id(2)] public string Mobile { get; init; } = "";
    [Id(3)] public string IdCardNo { get; init; } = "";
    [Id(4)] public string Gender { get; init; } = "";
    [Id(5)] public DateOnly Birthday { get; init; }
    [Id(6)] public string City { get; init; } = "";
    [Id(7)] public string Occupation { get; init; } = "";
    [Id(8)] public int AnnualIncomeWan { get; init; }
    [Id(9)] public string WechatId { get; init; } = "";
    [Id(10)] public double Lat { get; init; }
    [Id(11)] public double Lng { get; init; }
    [Id(12)] public bool Verified { get; init; }
    [Id(13)] public bool Vip { get; init; }
    [Id(14)] public string PasswordHash { get; init; } = "";
}

[GenerateSerializer]
public sealed record PublicCard(
    [property: Id(0)] long UserId,
    [property: Id(1)] string Nickname,
    [property: Id(2)] int Age,
    [property: Id(3)] string City,
    [property: Id(4)] string Occupation,
    [property: Id(5)] double DistanceKm);

[GenerateSerializer]
public sealed record ChatMessage(
    [property: Id(0)] long From,
    [property: Id(1)] long To,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTime At);

public interface IProfileGrain : IGrainWithIntegerKey
{
    Task<ProfileState> GetFull();
    Task<PublicCard> GetCard(double viewerLat, double viewerLng);
    Task Update(ProfileState state);
    Task<bool> VerifyRealName(string realName, string idCardNo);
    Task<string?> UnlockWechat(long viewerId);
    Task<bool> CheckPassword(string password);
    Task SetPassword(string password);
}

public interface IMatchGrain : IGrainWithIntegerKey
{
    Task<bool> Like(long targetId);
    Task<IReadOnlyList<long>> Matches();
}

public interface IChatGrain : IGrainWithStringKey
{
    Task Send(ChatMessage msg);
    Task<IReadOnlyList<ChatMessage>> History(int take);
}
