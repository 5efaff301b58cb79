using WarehouseCrm.Models;

namespace WarehouseCrm.Services;

/// <summary>Daily CSV export for the courier partner.</summary>
public sealed class ExportService
{
    public void ExportCustomers(IEnumerable<Customer> customers, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var c in customers)
        {
            writer.WriteLine($"{c.Id},{c.RealName},{c.Phone},{c.Address}");
        }
    }
}
