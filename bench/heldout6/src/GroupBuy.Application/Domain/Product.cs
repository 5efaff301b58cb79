namespace GroupBuy.Domain;

public enum ProductCategory { Vegetable = 1, Fruit, Meat, Seafood, Dairy, Grain, DailyUse }

public class Product
{
    public long Id { get; set; }
    public string Sku { get; set; }
    public string Title { get; set; }
    public ProductCategory Category { get; set; }
    public string Unit { get; set; } = "份";
    public decimal ListPrice { get; set; }
    public decimal GroupPrice { get; set; }
    public int StockQuantity { get; set; }
    public int ShelfLifeDays { get; set; }
    public bool ColdChain { get; set; }
    public string SupplierCode { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool IsPerishable => ShelfLifeDays <= 3 || ColdChain;

    public void Reserve(int quantity)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
        if (StockQuantity < quantity)
            throw new InvalidOperationException($"SKU {Sku} 库存不足: 剩余 {StockQuantity}, 需要 {quantity}");
        StockQuantity -= quantity;
    }

    public void Release(int quantity) => StockQuantity += Math.Max(0, quantity);
}
