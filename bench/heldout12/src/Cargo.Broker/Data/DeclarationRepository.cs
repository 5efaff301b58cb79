using Dapper;

namespace Cargo.Broker.Data;

public class Declaration
{
    public long Id { get; set; }
    public long ShipmentId { get; set; }
    public string EntryNo { get; set; } = "";
    public string OrderNo { get; set; } = "";
    public string BuyerName { get; set; } = "";
    public string BuyerIdNo { get; set; } = "";
    public string BuyerPhone { get; set; } = "";
    public string HsCode { get; set; } = "";
    public string GoodsName { get; set; } = "";
    public decimal DeclaredValue { get; set; }
    public string Currency { get; set; } = "CNY";
    public string Status { get; set; } = "DRAFT";
    public string? ReturnMessage { get; set; }
}

public class DeclarationRepository
{
    private readonly IDbConnectionFactory _db;

    public DeclarationRepository(IDbConnectionFactory db) => _db = db;

    public Declaration? Get(long id)
    {
        using var c = _db.Open();
        return c.QueryFirstOrDefault<Declaration>("select * from declaration where id=@id", new { id });
    }

    public IEnumerable<Declaration> Pending()
    {
        using var c = _db.Open();
        return c.Query<Declaration>("select top 200 * from declaration where status in ('SUBMITTED','QUEUED')").ToList();
    }

    public void SaveReceipt(long id, string status, string? message)
    {
        using var c = _db.Open();
        c.Execute("update declaration set status=@status, return_message=@message where id=@id", new { id, status, message });
    }

    public decimal YearTotalFor(string buyerIdNo)
    {
        using var c = _db.Open();
        return c.ExecuteScalar<decimal>(
            "select isnull(sum(declared_value),0) from declaration where buyer_id_no=@buyerIdNo and year(created_at)=year(getdate())",
            new { buyerIdNo });
    }
}
