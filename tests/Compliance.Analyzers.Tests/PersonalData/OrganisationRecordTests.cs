namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Compliance.Analyzers.PersonalData.Detection;
using Compliance.Analyzers.PersonalData.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;


/// <summary>
/// Issue 14, seventeenth session (branch orgcust): a party record the code shows to be an organisation. In a WMS
/// (ModernWMS) the customer and goods-owner records have the shape of its supplier and company records — name, city,
/// address, <c>manager</c>, <c>contact_tel</c> — so <c>customer_name</c> and <c>goods_owner_name</c>, wherever they are
/// copied (dispatch lists, stock pages), are companies' names; piigen's result envelopes made 29 such false alarms visible.
/// The record's own address and e-mail are the company's; its contact person's phone stays personal data. Decoys: a shop's
/// customer (no contact person), a record with a contact person and a birth date (a person's), a person's emergency contact.
/// Also two false-alarm classes the restored envelopes exposed on IoTSharp and SimpleAdmin: an object-typed member named like
/// personal data whose type holds none (a device's identity object, an edge task's routing address), and the rows of an input
/// model answered back (an import preview of the file the administrator just uploaded).
/// </summary>
public class OrganisationRecordTests
{
    private const string Wms = @"
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class CustomerEntity { public int id { get; set; } public string customer_name { get; set; } = """"; public string city { get; set; } = """"; public string address { get; set; } = """"; public string email { get; set; } = """"; public string manager { get; set; } = """"; public string contact_tel { get; set; } = """"; }
public class GoodsownerViewModel { public int id { get; set; } public string goods_owner_name { get; set; } = """"; public string address { get; set; } = """"; public string manager { get; set; } = """"; }
public class DispatchlistViewModel { public int id { get; set; } public string dispatch_no { get; set; } = """"; public string customer_name { get; set; } = """"; public string goods_owner_name { get; set; } = """"; }
public interface IWmsService { List<DispatchlistViewModel> Dispatches(); List<CustomerEntity> Customers(); List<GoodsownerViewModel> Owners(); }
";

    [Fact]
    public Task A_company_customers_name_copied_into_a_dispatch_list_is_not_personal_data() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Wms + @"
public class DispatchlistController : ControllerBase
{
    private readonly IWmsService _service = null!;

    [HttpGet(""list"")]
    public IActionResult List() => Ok(_service.Dispatches());

    [HttpGet(""owners"")]
    public IActionResult Owners() => Ok(_service.Owners());
}");

    [Fact]
    public async Task A_company_customer_record_still_answers_its_contact_persons_phone()
    {
        var test = new AnalyzerTest<PersonalDataInResponseAnalyzer>
        {
            TestCode = Wms + @"
public class CustomerController : ControllerBase
{
    private readonly IWmsService _service = null!;

    [HttpGet(""all"")]
    public IActionResult All()
    {
        var data = {|#0:_service.Customers()|};
        return Ok(data);
    }
}",
        };
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CMP3003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("CustomerEntity.contact_tel", "phone", "response"));
        await test.RunAsync();
    }

    [Fact]
    public Task A_shop_customers_name_is_still_a_persons_name() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class Customer { public int Id { get; set; } public string CustomerName { get; set; } = """"; public string Address { get; set; } = """"; }
public class OrderVm { public int Id { get; set; } public string CustomerName { get; set; } = """"; }
public interface IOrderService { List<OrderVm> Orders(); }
public class OrderController : ControllerBase
{
    private readonly IOrderService _service = null!;

    [HttpGet(""list"")]
    public IActionResult List()
    {
        var rows = {|CMP3003:_service.Orders()|};
        return Ok(rows);
    }
}");

    // A trucking TMS (logistics-app, judged blind): the customer is a shipper or broker with a tax id and a VAT exemption,
    // so its Name is a company's; the same record without the tax id is a person's name as before.
    private const string Tms = @"
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class Customer { public int Id { get; set; } public string Name { get; set; } = """"; public string? TaxId { get; set; } public bool IsVatExempt { get; set; } }
public interface ICustomerService { List<Customer> All(); }
";

    [Fact]
    public Task A_customer_record_with_a_tax_id_is_a_companys() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Tms + @"
public class CustomerController : ControllerBase
{
    private readonly ICustomerService _service = null!;

    [HttpGet(""all"")]
    public IActionResult All() => Ok(_service.All());
}");

    [Fact]
    public Task A_customer_record_without_the_tax_id_is_still_a_persons() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Tms.Replace("public string? TaxId { get; set; } ", "", StringComparison.Ordinal) + @"
public class CustomerController : ControllerBase
{
    private readonly ICustomerService _service = null!;

    [HttpGet(""all"")]
    public IActionResult All()
    {
        var rows = {|CMP3003:_service.All()|};
        return Ok(rows);
    }
}");

    [Fact]
    public Task A_record_with_a_manager_and_a_birth_date_is_a_persons() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class ClientEntity { public int Id { get; set; } public string ClientName { get; set; } = """"; public string Manager { get; set; } = """"; public DateTime Birthday { get; set; } }
public class VisitVm { public int Id { get; set; } public string ClientName { get; set; } = """"; }
public interface IVisitService { List<VisitVm> Visits(); }
public class VisitController : ControllerBase
{
    private readonly IVisitService _service = null!;

    [HttpGet(""list"")]
    public IActionResult List()
    {
        var rows = {|CMP3003:_service.Visits()|};
        return Ok(rows);
    }
}");

    private const string Objects = @"
using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class DeviceIdentity { public Guid Id { get; set; } public string IdentityType { get; set; } = """"; public string IdentityValue { get; set; } = """"; }
public class EdgeTaskAddressDto { public Guid? DeviceId { get; set; } public string AccessToken { get; set; } = """"; public string RuntimeType { get; set; } = """"; }
public class PostalAddress { public string Street { get; set; } = """"; public string City { get; set; } = """"; }
public class AssetDeviceItem { public Guid DeviceId { get; set; } public DeviceIdentity DeviceIdentity { get; set; } = null!; public EdgeTaskAddressDto Address { get; set; } = null!; }
public class OrderVm { public int Id { get; set; } public PostalAddress ShippingAddress { get; set; } = null!; }
public class UserImportInput { public string Account { get; set; } = """"; public string IdCardNumber { get; set; } = """"; }
public class UserOutput { public string Account { get; set; } = """"; public string IdCardNumber { get; set; } = """"; }
public class ImportPreviewOutput<T> { public bool HasError { get; set; } public List<T> Data { get; set; } = new List<T>(); }
public interface IDeviceService { List<AssetDeviceItem> Devices(); List<OrderVm> Orders(); ImportPreviewOutput<UserImportInput> Preview(string file); List<UserOutput> Users(); }
";

    [Fact]
    public Task An_object_member_is_personal_data_by_what_it_holds_not_by_its_name() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Objects + @"
public class DeviceController : ControllerBase
{
    private readonly IDeviceService _service = null!;

    [HttpGet(""devices"")]
    public IActionResult Devices() => Ok(_service.Devices());

    [HttpGet(""orders"")]
    public IActionResult Orders()
    {
        var rows = {|CMP3003:_service.Orders()|};
        return Ok(rows);
    }
}");

    [Fact]
    public Task Rows_of_an_input_model_answered_back_are_the_callers_upload() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Objects + @"
public class UserImportController : ControllerBase
{
    private readonly IDeviceService _service = null!;

    [HttpPost(""preview"")]
    public IActionResult Preview(string file)
    {
        var preview = _service.Preview(file);
        return Ok(preview);
    }

    [HttpGet(""users"")]
    public IActionResult Users()
    {
        var users = {|CMP3003:_service.Users()|};
        return Ok(users);
    }
}");

    [Theory]
    [InlineData("DispatchlistViewModel", "customer_name", PiiCategory.Name, true)]
    [InlineData("DispatchlistViewModel", "goods_owner_name", PiiCategory.Name, true)]
    [InlineData("CustomerEntity", "customer_name", PiiCategory.Name, true)]
    [InlineData("CustomerEntity", "address", PiiCategory.Address, true)]
    [InlineData("CustomerEntity", "email", PiiCategory.Email, true)]
    [InlineData("CustomerEntity", "contact_tel", PiiCategory.Phone, false)]
    [InlineData("CustomerImportViewModel", "address", PiiCategory.Address, true)]
    [InlineData("DispatchlistViewModel", "address", PiiCategory.Address, false)]
    [InlineData("SysUser", "EmergencyContact", PiiCategory.Name, false)]
    [InlineData("MemberEntity", "MemberName", PiiCategory.Name, false)]
    [InlineData("Client", "Name", PiiCategory.Name, true)]
    [InlineData("Client", "Phone", PiiCategory.Phone, true)]
    [InlineData("Client", "LinkManPhone", PiiCategory.Phone, false)]
    public void Party_records_are_an_organisations_by_their_own_members(string type, string member, PiiCategory category, bool organisations)
    {
        var tree = CSharpSyntaxTree.ParseText(@"
public class CustomerEntity { public string customer_name { get; set; } public string address { get; set; } public string email { get; set; } public string manager { get; set; } public string contact_tel { get; set; } }
public class CustomerImportViewModel { public string customer_name { get; set; } public string address { get; set; } }
public class GoodsownerEntity { public string goods_owner_name { get; set; } public string F_PrincipalMan { get; set; } }
public class DispatchlistViewModel { public string customer_name { get; set; } public string goods_owner_name { get; set; } public string address { get; set; } }
public class SysUser { public string RealName { get; set; } public string EmergencyContact { get; set; } public string EmergencyPhone { get; set; } }
public class MemberEntity { public string MemberName { get; set; } public string manager { get; set; } }
public class Client { public string Name { get; set; } public string Phone { get; set; } public string LinkMan { get; set; } public string LinkManPhone { get; set; } public string TaxNumber { get; set; } }
");
        var compilation = CSharpCompilation.Create("orgcust", new[] { tree });
        var owner = compilation.GetTypeByMetadataName(type);
        Assert.NotNull(owner);
        Assert.Equal(organisations, OrganisationRecords.IsOrganisations(member, category, owner));
    }
}
