namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData.Detection;
using Xunit;

public class PiiNameClassifierTests
{
    [Theory]
    [InlineData("phone", null, PiiCategory.Phone)]
    [InlineData("PhoneNumber", null, PiiCategory.Phone)]
    [InlineData("mobileNo", null, PiiCategory.Phone)]
    [InlineData("contactTel", null, PiiCategory.Phone)]
    [InlineData("shoujihao", null, PiiCategory.Phone)]
    [InlineData("kehu_shouji", null, PiiCategory.Phone)]
    [InlineData("手机号", null, PiiCategory.Phone)]
    [InlineData("idCard", null, PiiCategory.IdNumber)]
    [InlineData("IDCardNo", null, PiiCategory.IdNumber)]
    [InlineData("idNo", null, PiiCategory.IdNumber)]
    [InlineData("identity", null, PiiCategory.IdNumber)]
    [InlineData("sfz", null, PiiCategory.IdNumber)]
    [InlineData("sfzh", null, PiiCategory.IdNumber)]
    [InlineData("身份证号码", null, PiiCategory.IdNumber)]
    [InlineData("realName", null, PiiCategory.Name)]
    [InlineData("FullName", null, PiiCategory.Name)]
    [InlineData("xingming", null, PiiCategory.Name)]
    [InlineData("姓名", null, PiiCategory.Name)]
    [InlineData("customerName", null, PiiCategory.Name)]
    [InlineData("Name", "Customer", PiiCategory.Name)]
    [InlineData("address", null, PiiCategory.Address)]
    [InlineData("shippingAddr", null, PiiCategory.Address)]
    [InlineData("dizhi", null, PiiCategory.Address)]
    [InlineData("收货地址", null, PiiCategory.Address)]
    [InlineData("emailAddress", null, PiiCategory.Email)]
    [InlineData("email", null, PiiCategory.Email)]
    [InlineData("bankCard", null, PiiCategory.BankCard)]
    [InlineData("cardNo", null, PiiCategory.BankCard)]
    [InlineData("yinhangka", null, PiiCategory.BankCard)]
    [InlineData("passportNo", null, PiiCategory.Passport)]
    [InlineData("birthday", null, PiiCategory.Birthday)]
    [InlineData("dateOfBirth", null, PiiCategory.Birthday)]
    [InlineData("phones", null, PiiCategory.Phone)]
    [InlineData("shopOwnerPhone", null, PiiCategory.Phone)]
    [InlineData("customerMobile", null, PiiCategory.Phone)]
    [InlineData("shippingAddressLine1", null, PiiCategory.Address)]
    [InlineData("HomeAddress", null, PiiCategory.Address)]
    // fp11: "full" defers to a thing's record only; a person's record or another qualifier keeps the name
    [InlineData("FullName", "CustomerType", PiiCategory.Name)]
    [InlineData("FullName", "EmployeeDto", PiiCategory.Name)]
    [InlineData("RealName", "DepartmentDto", PiiCategory.Name)]
    [InlineData("FullName", "TypeWriterApplicant", PiiCategory.Name)]
    public void Recognises_personal_data_names(string identifier, string? context, PiiCategory expected)
    {
        Assert.True(PiiNameClassifier.Default.TryClassify(identifier, context, out var category), identifier);
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData("fileName", null)]
    [InlineData("hostName", null)]
    [InlineData("typeName", null)]
    [InlineData("userName", null)]
    [InlineData("Name", "Product")]
    [InlineData("name", null)]
    [InlineData("ipAddress", null)]
    [InlineData("macAddress", null)]
    [InlineData("remoteAddress", null)]
    [InlineData("isMobile", null)]
    [InlineData("mobileApp", null)]
    [InlineData("telemetry", null)]
    [InlineData("emailTemplate", null)]
    [InlineData("orderId", null)]
    [InlineData("IP地址", null)]
    [InlineData("shopMobile", null)]
    [InlineData("customerServicePhone", null)]
    [InlineData("companyAddress", null)]
    [InlineData("supportEmail", null)]
    [InlineData("ExistingShippingAddressId", null)]
    [InlineData("addressIds", null)]
    [InlineData("BlogAddress", "OpenUserDto")]
    [InlineData("websiteAddress", null)]
    [InlineData("AvatarAddress", null)]
    // fp11 (lin-cms-dotnetcore, judged FP): the full title of a data-dictionary category, a department, a store
    [InlineData("FullName", "BaseType")]
    [InlineData("FullName", "BaseTypeDto")]
    [InlineData("FullName", "DepartmentVm")]
    [InlineData("FullName", "ProductCategory")]
    [InlineData("FullName", "StoreInfo")]
    public void Rejects_look_alikes(string identifier, string? context)
    {
        Assert.False(PiiNameClassifier.Default.TryClassify(identifier, context, out var category), identifier + " → " + category);
    }

    [Fact]
    public void Editorconfig_words_extend_and_ignore()
    {
        var options = PiiOptions.Parse(key => key switch
        {
            PiiOptions.WordsKey => "kehuHao:id-number, userName:name",
            PiiOptions.IgnoreWordsKey => "contactPhone",
            _ => null,
        });
        Assert.True(options.Names.TryClassify("kehuHao", null, out var c1));
        Assert.Equal(PiiCategory.IdNumber, c1);
        Assert.True(options.Names.TryClassify("userName", null, out var c2));
        Assert.Equal(PiiCategory.Name, c2);
        Assert.False(options.Names.TryClassify("contactPhone", null, out _));
        Assert.True(options.Names.TryClassify("phone", null, out _));
    }

    [Theory]
    // the kind of identity document (SimpleAdmin's SysUser.IdCardType, 证件类型) and a program element's full name
    // (ExchangeSharp's functionFullName), both judged blind, are not personal data; the number and a person's full name are
    [InlineData("IdCardType", null)]
    [InlineData("idNoKind", null)]
    [InlineData("functionFullName", null)]
    [InlineData("GetFunctionFullName", null)]
    [InlineData("typeFullName", null)]
    [InlineData("IdCardNumber", PiiCategory.IdNumber)]
    [InlineData("IdCard", PiiCategory.IdNumber)]
    [InlineData("customerFullName", PiiCategory.Name)]
    [InlineData("FullName", PiiCategory.Name)]
    // rwprec11 (miningcore, judged blind): an address format's prefix/version/length is not an address; the address is
    [InlineData("AddressPrefixTestnet", null)]
    [InlineData("addressPrefix", null)]
    [InlineData("poolAddressBase58Prefix", null)]
    [InlineData("AddressLineFormat", null)]
    [InlineData("AddressFormat", null)]
    [InlineData("addressLength", null)]
    [InlineData("Address", PiiCategory.Address)]
    [InlineData("shippingAddress", PiiCategory.Address)]
    public void Document_kinds_and_program_element_names_are_not_personal_data(string identifier, PiiCategory? expected)
    {
        var names = PiiOptions.Parse(_ => null).Names;
        Assert.Equal(expected != null, names.TryClassify(identifier, null, out var category));
        if (expected != null) Assert.Equal(expected, category);
    }

    [Theory]
    // rwprec12 (PayrollEngine, judged blind): a web hook's ReceiverAddress is the URL it posts to
    [InlineData("ReceiverAddress", "Webhook", null)]
    [InlineData("ReceiverAddress", "WebhookMessage", null)]
    [InlineData("TargetAddress", "WebHookSubscription", null)]
    [InlineData("Address", "CallbackRegistration", null)]
    // decoys: a consignee's address on an order stays an address, an e-mail address on a web hook stays an e-mail
    [InlineData("ReceiverAddress", "Order", PiiCategory.Address)]
    [InlineData("ReceiverAddress", null, PiiCategory.Address)]
    [InlineData("EmailAddress", "Webhook", PiiCategory.Email)]
    public void A_web_hooks_address_is_a_url(string identifier, string? context, PiiCategory? expected)
    {
        var names = PiiOptions.Parse(_ => null).Names;
        Assert.Equal(expected != null, names.TryClassify(identifier, context, out var category));
        if (expected != null) Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData("ClientName", "LoggedOutViewModel", null)]
    [InlineData("ClientName", "LogoutRequest", null)]
    [InlineData("ClientName", "ConsentViewModel", null)]
    [InlineData("ClientName", "TokenValidationLog", null)]
    [InlineData("ClientName", "SignOutModel", null)]
    [InlineData("ClientName", "Order", PiiCategory.Name)]
    [InlineData("ClientName", "LoanContract", PiiCategory.Name)]
    [InlineData("ClientName", null, PiiCategory.Name)]
    [InlineData("ClientEmail", "ConsentViewModel", PiiCategory.Email)]
    public void A_sign_in_protocols_client_name_is_an_application(string identifier, string? context, PiiCategory? expected)
    {
        var names = PiiOptions.Parse(_ => null).Names;
        Assert.Equal(expected != null, names.TryClassify(identifier, context, out var category));
        if (expected != null) Assert.Equal(expected, category);
    }
}

public class PiiValidatorTests
{
    [Fact]
    public void Generated_id_numbers_validate_and_wrong_check_characters_do_not()
    {
        foreach (var (region, birth) in new[] { ("110105", "19870412"), ("440305", "20000229"), ("310104", "19650101"), ("510107", "19991231") })
        {
            Assert.True(ChineseIdNumber.IsValid(PiiTestData.IdNumber(region, birth)), region + birth);
            Assert.False(ChineseIdNumber.IsValid(PiiTestData.IdNumberWithBadChecksum(region, birth)));
        }
    }

    [Fact]
    public void Id_numbers_need_a_real_birth_date_and_province()
    {
        Assert.False(ChineseIdNumber.IsValid(PiiTestData.IdNumber("110105", "19870230"))); // 30 February
        Assert.False(ChineseIdNumber.IsValid(PiiTestData.IdNumber("110105", "19010229"))); // not a leap year
        Assert.False(ChineseIdNumber.IsValid(PiiTestData.IdNumber("110105", "18991231"))); // implausible
        Assert.False(ChineseIdNumber.IsValid(PiiTestData.IdNumber("990105", "19870412"))); // no such province
        Assert.True(ChineseIdNumber.IsValid(PiiTestData.IdNumber("110105", "20000229")));
    }

    [Fact]
    public void Check_character_x_is_computed()
    {
        // scan sequence numbers until the check character is X; it must validate in either case
        for (var seq = 100; seq < 999; seq++)
        {
            var id = PiiTestData.IdNumber(sequence: seq.ToString());
            if (id[17] == 'X')
            {
                Assert.True(ChineseIdNumber.IsValid(id));
                Assert.True(ChineseIdNumber.IsValid(id.Substring(0, 17) + "x"));
                return;
            }
        }

        Assert.Fail("no X check character in 900 sequences");
    }

    [Theory]
    [InlineData("139", true)]
    [InlineData("145", true)]
    [InlineData("154", false)]
    [InlineData("179", false)]
    [InlineData("199", true)]
    [InlineData("120", false)]
    public void Mobile_prefixes(string prefix, bool valid)
    {
        Assert.Equal(valid, ChineseMobileNumber.IsValid(PiiTestData.Mobile(prefix)));
        Assert.Equal(valid, ChineseMobileNumber.IsValid("+86" + PiiTestData.Mobile(prefix)));
    }

    [Fact]
    public void Bank_cards_need_luhn_and_a_bin_length()
    {
        var unionPay = PiiTestData.BankCard("622848", 19);
        Assert.True(BankCardNumber.IsPlausible(unionPay));
        var broken = unionPay.Substring(0, 18) + (char)('0' + (unionPay[18] - '0' + 1) % 10);
        Assert.False(BankCardNumber.IsPlausible(broken));
        Assert.True(BankCardNumber.IsPlausible(PiiTestData.BankCard("411111", 16)));
        Assert.False(BankCardNumber.IsPlausible(PiiTestData.BankCard("411111", 15))); // Visa is 13/16/19
        Assert.False(BankCardNumber.IsPlausible(PiiTestData.BankCard("990000", 16))); // unknown BIN
    }
}

public class PiiMaskingTests
{
    [Fact]
    public void Masks_follow_the_documented_conventions()
    {
        var phone = PiiTestData.Mobile();
        Assert.Equal(phone.Substring(0, 3) + "****" + phone.Substring(7), PiiMasking.MaskPhone(phone));
        var id = PiiTestData.IdNumber();
        var masked = PiiMasking.MaskIdNumber(id);
        Assert.Equal(id.Substring(0, 6) + "********" + id.Substring(14), masked);
        Assert.DoesNotContain("19870412", masked);
        var card = PiiTestData.BankCard();
        Assert.Equal(card.Substring(0, 6) + new string('*', 9) + card.Substring(15), PiiMasking.MaskBankCard(card));
    }

    [Fact]
    public void Masked_forms_are_not_reported_but_the_values_they_hide_are()
    {
        // What production code does with a masked value: the literal scanner does not see personal data in it.
        Assert.Empty(PiiLiteralScanner.Find("139****8817 139xxxx8817 110105********3571 622848*********1234"));
        var phone = PiiTestData.Mobile();
        var id = PiiTestData.IdNumber();
        var card = PiiTestData.BankCard();
        Assert.Equal([PiiCategory.Phone, PiiCategory.IdNumber, PiiCategory.BankCard],
            PiiLiteralScanner.Find($"{phone} {id} {card}").Select(m => m.Category));
        // …and its own masks are masked forms.
        Assert.Empty(PiiLiteralScanner.Find($"{PiiMasking.MaskPhone(phone)} {PiiMasking.MaskIdNumber(id)} {PiiMasking.MaskBankCard(card)}"));
    }

    // Blog.Core's gateway ("15010000000") and both independent corpora's dummies ("13800000000", "13900001111"):
    // eight subscriber digits of at most two kinds are a dummy, not a person's number; a real-looking one still is.
    [Fact]
    public void Obviously_fictitious_mobile_numbers_are_not_personal_data()
    {
        Assert.Empty(PiiLiteralScanner.Find("15010000000 13800000000 13900001111 +8618888888888"));
        // the carrier prefix repeated between zeros (13800138000, every SDK's sample mobile) and counted runs
        Assert.Empty(PiiLiteralScanner.Find("13800138000 15900159000 13912345678 18687654321"));
        Assert.Equal([PiiCategory.Phone, PiiCategory.Phone], PiiLiteralScanner.Find("13800138001 13912345679").Select(m => m.Category));
        var phone = PiiTestData.Mobile();
        Assert.False(ChineseMobileNumber.IsObviouslyFictitious(phone));
        Assert.Equal([PiiCategory.Phone, PiiCategory.Phone], PiiLiteralScanner.Find($"15967183025 {phone} 13800000000").Select(m => m.Category));
    }

    [Fact]
    public void Evidence_snippets_never_carry_the_value()
    {
        var phone = PiiTestData.Mobile();
        var id = PiiTestData.IdNumber();
        var snippet = PiiMasking.Snippet($"logger.LogInformation(\"{phone} {id} {PiiTestData.Email("zhang.san")}\")");
        Assert.DoesNotContain(phone, snippet);
        Assert.DoesNotContain(id, snippet);
        Assert.DoesNotContain("zhang.san", snippet);
        Assert.Contains("139****8817", snippet);
    }

    [Theory]
    [InlineData("MaskPhone", true)]
    [InlineData("PhoneMask", true)]
    [InlineData("Desensitize", true)]
    [InlineData("RedactEmail", true)]
    [InlineData("手机号脱敏", true)]
    [InlineData("Anonymize", true)]
    [InlineData("Format", false)]
    [InlineData("Hash", false)]
    public void Sanitizer_names(string name, bool expected) => Assert.Equal(expected, SanitizerNames.Default.IsSanitizer(name, null));

    [Fact]
    public void Configured_sanitizers()
    {
        var s = new SanitizerNames(new[] { "Acme.Pii.Hide", "Cover*" });
        Assert.True(s.IsSanitizer("Hide", "Acme.Pii"));
        Assert.True(s.IsSanitizer("CoverDigits", null));
        Assert.False(s.IsSanitizer("Hide", "Other"));
    }
}

public class PiiLiteralScannerTests
{
    [Fact]
    public void Finds_real_looking_values_only()
    {
        var id = PiiTestData.IdNumber();
        var phone = PiiTestData.Mobile();
        var card = PiiTestData.BankCard();
        var found = PiiLiteralScanner.Find($"id={id}; tel={phone}; card={card}; mail={PiiTestData.Email("li.lei")}; demo=a@example.com");
        Assert.Equal(new[] { PiiCategory.IdNumber, PiiCategory.Phone, PiiCategory.BankCard, PiiCategory.Email }, found.Select(f => f.Category));
        Assert.All(found, f => Assert.Contains("*", f.Masked));
        Assert.Empty(PiiLiteralScanner.Find(PiiTestData.IdNumberWithBadChecksum()));
        Assert.Empty(PiiLiteralScanner.Find("order 12345678901234 and 139****8817"));
        Assert.Empty(PiiLiteralScanner.Find(PiiTestData.Mobile("120")));
    }
}
