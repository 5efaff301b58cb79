namespace RxPharmacy.Api.Domain;

public enum DrugSchedule
{
    OverTheCounter = 0,
    Prescription = 1,
    Psychotropic2 = 2,
    Psychotropic1 = 3,
    Narcotic = 4,
}

public enum DosageForm
{
    Tablet,
    Capsule,
    Syrup,
    Injection,
    Ointment,
    Granule,
}

/// <summary>A catalogue entry (国家医保药品目录 code, specification, price).</summary>
public sealed record Drug(
    string Code,
    string GenericName,
    string TradeName,
    string Specification,
    DosageForm Form,
    DrugSchedule Schedule,
    decimal UnitPrice,
    int PackSize,
    string Manufacturer,
    bool ColdChain)
{
    public bool NeedsPrescription => Schedule != DrugSchedule.OverTheCounter;

    public bool IsControlled => Schedule >= DrugSchedule.Psychotropic2;

    public decimal PricePerUnitDose => PackSize == 0 ? UnitPrice : Math.Round(UnitPrice / PackSize, 4);
}

public sealed record StockLevel(string DrugCode, string WarehouseCode, int OnHand, int Reserved, DateOnly? NearestExpiry)
{
    public int Available => Math.Max(0, OnHand - Reserved);

    public bool ExpiresWithin(DateOnly today, int days) =>
        NearestExpiry is { } expiry && expiry.DayNumber - today.DayNumber <= days;
}
