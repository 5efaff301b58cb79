using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Paddings;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Utilities.Encoders;

namespace BranchWealth.Services;

/// <summary>
/// 核心系统前置接口（ESB）：报文体 SM4 加密，报文头带 SM3 摘要。密钥由总行科技部下发。
/// </summary>
public class CoreBankingClient
{
    private const string EsbUrl = "http://10.18.2.31:7001/esb/wealth";
    private const string ChannelId = "WMCRM";
    private static readonly byte[] Sm4Key = Hex.Decode("38d3ac24bd14e13ea53f120e53f84bdb");
    private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<string> QueryBalanceAsync(string customerNo, string cardNo)
    {
        var body = $"{{\"custNo\":\"{customerNo}\",\"cardNo\":\"{cardNo}\"}}";
        var packet = Pack("QRY_BAL", body);
        LogHelper.WriteLog("ESB", "request QRY_BAL cust=" + customerNo + " card=" + cardNo);
        var resp = await _http.PostAsync(EsbUrl, new StringContent(packet, Encoding.UTF8, "text/plain"));
        var text = await resp.Content.ReadAsStringAsync();
        return Unpack(text);
    }

    private static string Pack(string txCode, string body)
    {
        var cipher = Sm4EcbEncrypt(Encoding.UTF8.GetBytes(body));
        var digest = Sm3Hex(body);
        return $"{ChannelId}|{txCode}|{DateTime.Now:yyyyMMddHHmmss}|{digest}|{Convert.ToBase64String(cipher)}";
    }

    private static string Unpack(string packet)
    {
        var parts = packet.Split('|');
        if (parts.Length < 5) throw new InvalidOperationException("ESB 报文格式错误, 段数 " + parts.Length);
        var plain = Sm4EcbDecrypt(Convert.FromBase64String(parts[4]));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Sm4EcbEncrypt(byte[] data)
    {
        var cipher = new PaddedBufferedBlockCipher(new SM4Engine(), new Pkcs7Padding());
        cipher.Init(true, new KeyParameter(Sm4Key));
        return cipher.DoFinal(data);
    }

    private static byte[] Sm4EcbDecrypt(byte[] data)
    {
        var cipher = new PaddedBufferedBlockCipher(new SM4Engine(), new Pkcs7Padding());
        cipher.Init(false, new KeyParameter(Sm4Key));
        return cipher.DoFinal(data);
    }

    private static string Sm3Hex(string text)
    {
        var sm3 = new SM3Digest();
        var input = Encoding.UTF8.GetBytes(text);
        sm3.BlockUpdate(input, 0, input.Length);
        var output = new byte[sm3.GetDigestSize()];
        sm3.DoFinal(output, 0);
        return Hex.ToHexString(output);
    }
}
