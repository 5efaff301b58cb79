using Dapper;

namespace Cargo.Broker.Data;

public class Shipment
{
    public long Id { get; set; }
    public string HblNo { get; set; } = "";
    public string MblNo { get; set; } = "";
    public string ContainerNo { get; set; } = "";
    public string ShipperName { get; set; } = "";
    public string ShipperContact { get; set; } = "";
    public string ShipperPhone { get; set; } = "";
    public string ConsigneeName { get; set; } = "";
    public string ConsigneePhone { get; set; } = "";
    public string ConsigneeIdNo { get; set; } = "";
    public string ConsigneeAddress { get; set; } = "";
    public string Pol { get; set; } = "";
    public string Pod { get; set; } = "";
    public DateTime? Eta { get; set; }
    public DateTime? DischargedAt { get; set; }
    public decimal GrossWeightKg { get; set; }
    public decimal VolumeCbm { get; set; }
    public int Pieces { get; set; }
    public string Status { get; set; } = "BOOKED";
}

public class ShipmentRepository
{
    private readonly IDbConnectionFactory _db;

    public ShipmentRepository(IDbConnectionFactory db) => _db = db;

    public Shipment? Get(long id)
    {
        using var c = _db.Open();
        return c.QueryFirstOrDefault<Shipment>("select * from shipment where id=@id", new { id });
    }

    public Shipment? ByHbl(string hbl)
    {
        using var c = _db.Open();
        return c.QueryFirstOrDefault<Shipment>("select * from shipment where hbl_no=@hbl", new { hbl });
    }

    public IEnumerable<Shipment> Search(string keyword, int page, int size)
    {
        using var c = _db.Open();
        const string sql = @"select * from shipment
            where hbl_no like @k or mbl_no like @k or container_no like @k or consignee_name like @k or consignee_phone like @k
            order by id desc offset @skip rows fetch next @size rows only";
        return c.Query<Shipment>(sql, new { k = "%" + keyword + "%", skip = (page - 1) * size, size }).ToList();
    }

    public IEnumerable<Shipment> DischargedWithoutPickup(DateTime before)
    {
        using var c = _db.Open();
        return c.Query<Shipment>("select * from shipment where status='DISCHARGED' and discharged_at < @before", new { before }).ToList();
    }

    public void UpdateStatus(long id, string status)
    {
        using var c = _db.Open();
        c.Execute("update shipment set status=@status, updated_at=sysutcdatetime() where id=@id", new { id, status });
    }

    public long Insert(Shipment s)
    {
        using var c = _db.Open();
        return c.ExecuteScalar<long>(@"insert into shipment(hbl_no,mbl_no,container_no,shipper_name,shipper_contact,shipper_phone,
            consignee_name,consignee_phone,consignee_id_no,consignee_address,pol,pod,eta,gross_weight_kg,volume_cbm,pieces,status)
            output inserted.id values(@HblNo,@MblNo,@ContainerNo,@ShipperName,@ShipperContact,@ShipperPhone,@ConsigneeName,
            @ConsigneePhone,@ConsigneeIdNo,@ConsigneeAddress,@Pol,@Pod,@Eta,@GrossWeightKg,@VolumeCbm,@Pieces,@Status)", s);
    }
}
