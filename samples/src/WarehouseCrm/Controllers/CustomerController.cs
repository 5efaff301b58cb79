using Microsoft.AspNetCore.Mvc;
using WarehouseCrm.Models;
using WarehouseCrm.Services;

namespace WarehouseCrm.Controllers;

[ApiController]
[Route("api/customers")]
public sealed class CustomerController(CustomerService customers) : ControllerBase
{
    [HttpGet("{id}")]
    public ActionResult<CustomerDto> Get(int id, [FromQuery] string phone)
    {
        var c = customers.Find(id, phone);
        return new CustomerDto
        {
            Id = c.Id,
            RealName = c.RealName,
            Phone = c.Phone,
            IdCardNo = c.IdCardNo,
        };
    }
}
