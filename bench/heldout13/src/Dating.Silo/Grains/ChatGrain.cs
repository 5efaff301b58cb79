using Dating.Silo.Interfaces;
using Dating.Silo.Services;
using Microsoft.Extensions.Logging;

namespace Dating.Silo.Grains;

/// <summary>
/// 会话 grain，key = "{min}-{max}"
/// </summary>
public sealed class ChatGrain : Grain, IChatGrain
{
    private readonly List<ChatMessage> _recent = new();
    private readonly IModeration _moderation;
    private readonly ILogger<ChatGrain> _logger;

    public ChatGrain(IModeration moderation, ILogger<ChatGrain> logger)
    {
        _moderation = moderation;
        _logger = logger;
    }

    public async Task Send(ChatMessage msg)
    {
        var verdict = await _moderation.CheckTextAsync(msg.Text);
        if (verdict == "block")
        {
            _logger.LogWarning("blocked message {From}->{To}: {Text}", msg.From, msg.To, msg.Text);
            throw new InvalidOperationException("消息包含违规内容");
        }
        if (ContactPattern.LooksLikeContact(msg.Text))
        {
            // 非VIP不能在聊天里交换联系方式
            _logger.LogInformation("contact exchange attempt {From}->{To}", msg.From, msg.To);
            throw new InvalidOperationException("开通VIP后可交换联系方式");
        }
        _recent.Add(msg);
        if (_recent.Count > 200) _recent.RemoveAt(0);
    }

    public Task<IReadOnlyList<ChatMessage>> History(int take) =>
        Task.FromResult<IReadOnlyList<ChatMessage>>(_recent.TakeLast(take).ToList());
}

public static class ContactPattern
{
    private static readonly System.Text.RegularExpressions.Regex Mobile = new(@"1[3-9]\d{9}");
    private static readonly System.Text.RegularExpressions.Regex Wechat = new(@"(vx|微信|wx)[:：\s]*[a-zA-Z][-_a-zA-Z0-9]{5,19}", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public static bool LooksLikeContact(string text) => Mobile.IsMatch(text) || Wechat.IsMatch(text);
}

public static class Geo
{
    public static double DistanceKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double r = 6371;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return r * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }
}
