namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eleventh session (branch rwprec6): grandnode2 (judged blind) refuses to update or delete a built-in account
/// with <c>if (customer.IsSystemAccount) throw new GrandException($"System customer account ({… customer.Email …}) …")</c>.
/// The account is the product's own, not a person's; the same message thrown for anyone else still is personal data.
/// </summary>
public class SystemAccountGuardTests
{
    [Fact]
    public Task A_throw_only_for_a_system_account_is_not_personal_data_but_a_negated_or_other_guard_is() =>
        AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(@"
using System;
public class Customer { public string Email { get; set; } = """"; public string SystemName { get; set; } = """"; public bool IsSystemAccount { get; set; } public bool Active { get; set; } }
public class GrandException : Exception { public GrandException(string message) : base(message) { } }
public class CustomerService
{
    public void Delete(Customer customer)
    {
        if (customer.IsSystemAccount)
            throw new GrandException($""System customer account ({(string.IsNullOrEmpty(customer.SystemName) ? customer.Email : customer.SystemName)}) could not be deleted"");
        if (customer.IsSystemAccount && customer.Active)
        {
            throw new GrandException(""system account "" + customer.Email + "" is active"");
        }
    }

    public void Update(Customer customer)
    {
        if (!customer.IsSystemAccount)
            {|CMP3002:throw new GrandException($""Customer {customer.Email} could not be updated"");|}
        if (customer.Active)
            {|CMP3002:throw new GrandException($""Customer {customer.Email} is active"");|}
        if (customer.IsSystemAccount)
            return;
        else
            {|CMP3002:throw new GrandException(""Customer "" + customer.Email);|}
    }
}");
}
