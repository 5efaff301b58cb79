using Microsoft.Extensions.Options;

namespace Common.Infrastructure.Cloud;

public sealed class OssOptions
{
    public const string SectionName = "Oss";
    public string Endpoint { get; set; } = "https://oss-cn-hangzhou.aliyuncs.com";
    public string AccessKeyId { get; set; } = string.Empty;
    public string AccessKeySecret { get; set; } = string.Empty;
    public string Bucket { get; set; } = "medlink-reports";
}

public sealed class OssStorage(IOptions<OssOptions> options, HttpClient http)
{
    private readonly OssOptions _options = options.Value;

    public async Task<string> PutAsync(string objectKey, Stream content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{_options.Endpoint}/{_options.Bucket}/{objectKey}");
        request.Content = new StreamContent(content);
        request.Headers.TryAddWithoutValidation("Authorization", $"OSS {_options.AccessKeyId}:{Sign(objectKey)}");
        var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return $"{_options.Endpoint}/{_options.Bucket}/{objectKey}";
    }

    private string Sign(string objectKey)
    {
        using var hmac = new System.Security.Cryptography.HMACSHA1(System.Text.Encoding.UTF8.GetBytes(_options.AccessKeySecret));
        return Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(objectKey)));
    }
}
