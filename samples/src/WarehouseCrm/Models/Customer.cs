namespace WarehouseCrm.Models;

/// <summary>A cold-chain CRM customer (收货人).</summary>
public sealed class Customer
{
    public int Id { get; set; }
    public string RealName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Address { get; set; } = "";
    public string Email { get; set; } = "";
}

/// <summary>What the customer API returns to the courier app.</summary>
public sealed class CustomerDto
{
    public int Id { get; set; }
    public string RealName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
}
