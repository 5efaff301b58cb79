namespace GroupBuy.Domain;

/// <summary>小程序用户。</summary>
public class Member
{
    public long Id { get; set; }
    public string OpenId { get; set; }
    public string UnionId { get; set; }
    public string NickName { get; set; }
    public string Mobile { get; set; }
    public string ReceiverName { get; set; }
    public string DetailAddress { get; set; }
    public long DefaultPickupPointId { get; set; }
    public int Points { get; set; }
    public DateTime RegisteredAt { get; set; }
}

public static class MemberExtensions
{
    public static string Describe(this Member m) => $"{m.NickName}({m.Mobile}) @ {m.DetailAddress}";

    public static void Dump(Member m) => Console.WriteLine("member " + m.Describe());
}
