using WarehouseCrm.Models;

namespace WarehouseCrm.Services;

public sealed class CustomerService(ILogger<CustomerService> logger)
{
    private readonly Dictionary<int, Customer> _customers = new();

    public Customer Register(Customer customer)
    {
        logger.LogInformation("New customer {Name} phone {Phone} id card {IdCard}", customer.RealName, customer.Phone, customer.IdCardNo);
        _customers[customer.Id] = customer;
        return customer;
    }

    public Customer Find(int id, string phone)
    {
        if (!_customers.TryGetValue(id, out var customer))
            throw new KeyNotFoundException($"No customer with phone {phone}");
        return customer;
    }

    /// <summary>Masked before logging: compliant.</summary>
    public void LogDelivery(Customer customer) =>
        logger.LogInformation("Delivered to {Phone}", MaskPhone(customer.Phone));

    public static string MaskPhone(string phone) =>
        phone.Length == 11 ? phone[..3] + "****" + phone[7..] : "***";
}
