namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, tenth session (branch rwprec5): bitwarden's SSO exceptions take the user's e-mail as a constructor argument
/// and keep it in a PROPERTY for the error page; their message (<c>base($"… org '{name}'")</c>) names only the organisation.
/// When the exception type's source is in the compilation, an argument is personal data in the message only if its
/// parameter reaches <c>base(…)</c>/<c>this(…)</c> or the type overrides <c>Message</c>.
/// </summary>
public class ExceptionPropertyNotMessageTests
{
    [Fact]
    public Task An_argument_kept_in_a_property_is_not_in_the_message_and_one_passed_to_base_is() =>
        AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(@"
using System;
public class AppUser { public string Email { get; set; } = """"; }
public class MembershipRequiredException : Exception
{
    public string UserEmail { get; }
    public MembershipRequiredException(Guid orgId, string orgName, string userEmail)
        : base($""Org membership required before SSO for org '{orgName}'."")
    {
        UserEmail = userEmail;
    }
}
public class EmailTakenException : Exception
{
    public EmailTakenException(string email) : base($""The e-mail {email} is already in use."") { }
}
public class ForwardingException : Exception
{
    public ForwardingException(string email) : this(email, 0) { }
    public ForwardingException(string email, int code) : base(""user "" + email) { }
}
public class LoudException : Exception
{
    private readonly string _email;
    public LoudException(string email) { _email = email; }
    public override string Message => ""no access for "" + _email;
}
public class Sso
{
    public void Login(AppUser user, Guid orgId, int mode)
    {
        if (mode == 0) throw new MembershipRequiredException(orgId, ""Acme"", user.Email);
        if (mode == 1) {|CMP3002:throw new EmailTakenException(user.Email);|}
        if (mode == 2) {|CMP3002:throw new ForwardingException(user.Email);|}
        if (mode == 3) {|CMP3002:throw new LoudException(user.Email);|}
        {|CMP3002:throw new InvalidOperationException(""no membership for "" + user.Email);|}
    }
}");

    [Fact]
    public Task Without_the_projects_implicit_usings_an_unbound_Exception_base_is_still_System_Exception()
    {
        // no `using System;`: a project with implicit usings scanned without its project file, so `: Exception` is unbound
        var test = new AnalyzerTest<PersonalDataInExceptionAnalyzer> { CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None };
        test.TestCode = @"
public class AppUser { public string Email { get; set; } = """"; }
public class MembershipRequiredException : Exception
{
    public string UserEmail { get; }
    public MembershipRequiredException(string orgName, string userEmail) : base($""Membership required for org '{orgName}'."") { UserEmail = userEmail; }
}
public class EmailTakenException : Exception
{
    public EmailTakenException(string email) : base($""The e-mail {email} is already in use."") { }
}
public class VendorException : VendorBaseException
{
    public VendorException(string email) { }
}
public class Sso
{
    public void Login(AppUser user, int mode)
    {
        if (mode == 0) throw new MembershipRequiredException(""Acme"", user.Email);
        if (mode == 1) {|CMP3002:throw new EmailTakenException(user.Email);|}
        {|CMP3002:throw new VendorException(user.Email);|}
    }
}";
        return test.RunAsync();
    }
}
