using System.Security.Cryptography;
using System.Text;
using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

/// <summary>
/// 电子合同：生成合同文本、管家端签章（离线也能签，回传后服务端验签）
/// </summary>
public class ContractService
{
    private readonly RSA _rsa;

    public ContractService()
    {
        _rsa = RSA.Create(1024);
    }

    public string Render(Tenant t, Room r, Lease l)
    {
        var sb = new StringBuilder();
        sb.AppendLine("房屋租赁合同");
        sb.AppendLine($"出租方：优家公寓管理有限公司");
        sb.AppendLine($"承租方：{t.Name}  身份证号：{t.IdCardNo}  电话：{t.Mobile}");
        sb.AppendLine($"房屋：{r.Building}-{r.RoomNo}  月租金：{l.Rent:N2}  押金：{l.Deposit:N2}  付款方式：{l.PayCycle}");
        sb.AppendLine($"租期：{l.Start:yyyy-MM-dd} 至 {l.End:yyyy-MM-dd}");
        if (l.RentLoan)
        {
            sb.AppendLine("承租方同意通过合作金融机构办理租金分期（租金贷）。");
        }
        return sb.ToString();
    }

    public async Task<string> SaveDraftAsync(Tenant t, Room r, Lease l)
    {
        var path = Path.Combine(Path.GetTempPath(), $"合同_{t.Name}_{t.Mobile}.txt");
        await File.WriteAllTextAsync(path, Render(t, r, l), Encoding.UTF8);
        return path;
    }

    public string Sign(string contractText)
    {
        var sig = _rsa.SignData(Encoding.UTF8.GetBytes(contractText), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(sig);
    }

    public static string ContractNo(Lease l) =>
        $"YJ{l.Start:yyyyMM}{l.Id:D6}";

    public static string DocumentHash(string contractText) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(contractText)));
}
