namespace Compliance.Analyzers.PersonalData.Detection
{
    using System;
    using System.Collections.Generic;
    using System.Text;

    /// <summary>
    /// Decides from an identifier (English, pinyin or Chinese) whether it names personal
    /// information: <c>phone</c>, <c>shouji</c>, <c>手机号</c>, <c>idCardNo</c>, <c>sfzh</c>,
    /// <c>realName</c>, <c>dizhi</c>… and rejects the look-alikes that are not
    /// (<c>fileName</c>, <c>hostName</c>, <c>ipAddress</c>, <c>userName</c> as a login,
    /// <c>isMobile</c>, <c>telemetry</c>). Plain code, no Roslyn, so the CLI can reuse it.
    /// </summary>
    public sealed class PiiNameClassifier
    {
        public static readonly PiiNameClassifier Default = new PiiNameClassifier(null, null);

        // Compound words written without case breaks, expanded into tokens before matching.
        private static readonly Dictionary<string, string[]> Compounds = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["idcard"] = new[] { "id", "card" }, ["idno"] = new[] { "id", "no" }, ["idnum"] = new[] { "id", "number" },
            ["idnumber"] = new[] { "id", "number" }, ["idcardno"] = new[] { "id", "card", "no" },
            ["bankcard"] = new[] { "bank", "card" }, ["cardno"] = new[] { "card", "no" }, ["cardnum"] = new[] { "card", "number" },
            ["cardnumber"] = new[] { "card", "number" }, ["creditcard"] = new[] { "credit", "card" }, ["debitcard"] = new[] { "debit", "card" },
            ["bankaccount"] = new[] { "bank", "account" },
            ["phonenumber"] = new[] { "phone", "number" }, ["phoneno"] = new[] { "phone", "no" }, ["phonenum"] = new[] { "phone", "number" },
            ["mobileno"] = new[] { "mobile", "no" }, ["mobilephone"] = new[] { "mobile", "phone" }, ["cellphone"] = new[] { "cell", "phone" },
            ["telephone"] = new[] { "tel" }, ["telno"] = new[] { "tel", "no" }, ["phone"] = new[] { "phone" },
            ["realname"] = new[] { "real", "name" }, ["fullname"] = new[] { "full", "name" }, ["firstname"] = new[] { "first", "name" },
            ["lastname"] = new[] { "last", "name" }, ["surname"] = new[] { "sur", "name" }, ["givenname"] = new[] { "given", "name" },
            ["familyname"] = new[] { "family", "name" }, ["username"] = new[] { "user", "name" }, ["filename"] = new[] { "file", "name" },
            ["hostname"] = new[] { "host", "name" }, ["typename"] = new[] { "type", "name" }, ["nickname"] = new[] { "nick", "name" },
            ["emailaddress"] = new[] { "email", "address" }, ["ipaddress"] = new[] { "ip", "address" }, ["macaddress"] = new[] { "mac", "address" },
            ["birthdate"] = new[] { "birth", "date" }, ["dateofbirth"] = new[] { "date", "of", "birth" }, ["birthday"] = new[] { "birthday" },
            ["passportno"] = new[] { "passport", "no" }, ["passportnumber"] = new[] { "passport", "number" },
            ["homeaddress"] = new[] { "home", "address" }, ["nationalid"] = new[] { "national", "id" },
            ["shoujihao"] = new[] { "shouji" }, ["shoujihaoma"] = new[] { "shouji" }, ["sfzhm"] = new[] { "sfzh" },
            ["shenfenzheng"] = new[] { "sfz" }, ["shenfenzhenghao"] = new[] { "sfzh" }, ["yinhangkahao"] = new[] { "yinhangka" },
            ["lianxidianhua"] = new[] { "dianhua" }, ["shouhuodizhi"] = new[] { "dizhi" }, ["zhenshixingming"] = new[] { "xingming" },
            ["chushengriqi"] = new[] { "shengri" },
        };

        // Words before "name" that make it a person's name.
        private static readonly HashSet<string> PersonNameQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "real", "full", "first", "last", "given", "family", "sur", "middle", "legal", "true", "person", "personal",
            "customer", "contact", "receiver", "recipient", "consignee", "sender", "patient", "employee", "holder",
            "cardholder", "owner", "buyer", "passenger", "student", "member", "applicant", "guest", "client", "driver",
            "courier", "shipper", "payer", "payee", "account", "chinese", "english", "nick", "maiden", "parent", "guardian",
            "emergency", "beneficiary", "insured", "user", "teacher", "doctor", "staff", "citizen", "resident",
            "cust", // CustName: the usual abbreviation of customer in telecom and banking schemas
        };

        // Words before "address" that make it a machine address, not a postal one.
        private static readonly HashSet<string> MachineAddressQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "ip", "ipv4", "ipv6", "mac", "remote", "local", "server", "host", "bind", "listen", "web", "url", "uri", "base",
            "wallet", "endpoint", "socket", "network", "net", "contract", "memory", "mem", "return", "callback", "start",
            "end", "proxy", "gateway", "broadcast", "multicast", "physical", "virtual", "node", "peer", "client", "service",
            "smtp", "dns", "http", "https", "bluetooth", "device", "hardware", "public", "private", "internal", "external",
            // a web page's or a file's location (lin-cms's OpenUserDto.BlogAddress, judged blind): a URL, not where someone lives
            "blog", "website", "homepage", "link", "rss", "feed", "repo", "download", "image", "avatar", "video", "file",
        };

        // Words before phone/mobile/tel/email/address that make it an organisation's published contact (a shop's
        // customer-service phone, a company's office address), not a person's.
        private static readonly HashSet<string> OrganisationQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "shop", "store", "company", "corp", "corporate", "enterprise", "business", "office", "merchant", "support", "hotline",
            "service", "warehouse", "branch", "org", "organization", "organisation", "platform", "site", "vendor", "supplier",
        };

        // Trailing words of a type or variable name that say nothing of whose record it is (WarehouseVm, VendorForm).
        private static readonly HashSet<string> ShapeSuffixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "vm", "view", "model", "dto", "form", "info", "entity", "detail", "details", "input", "output", "request", "response",
            "item", "record", "data", "result",
        };

        // Words after "address" that make it a property of an address format, not an address (AddressPrefix, AddressFormat).
        private static readonly HashSet<string> AddressFormatWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "prefix", "prefixes", "suffix", "format", "formats", "formatter", "pattern", "regex", "length", "encoding",
            "checksum", "version",
        };

        // Words after phone/mobile/tel that make it about devices or apps, not a number.
        private static readonly HashSet<string> DeviceQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "device", "app", "apps", "application", "platform", "version", "os", "client", "browser", "view", "views", "layout",
            "type", "types", "model", "brand", "width", "height", "screen", "agent", "detection", "detector", "mode", "support",
            "friendly", "first", "only", "menu", "nav", "icon", "style", "css", "breakpoint", "template", "page", "site",
        };

        // Words after email/mail that make it about a message, not an address.
        private static readonly HashSet<string> MessageQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "template", "templates", "subject", "body", "content", "service", "sender", "server", "host", "port", "client",
            "settings", "options", "config", "configuration", "queue", "message", "provider", "enabled", "count", "type",
            "status", "job", "task", "id", "smtp", "title", "html", "text", "attachment", "attachments", "verified", "confirmed",
            // emailDomain: the part after '@', an organisation's domain (bitwarden's domain-claim policy logs), not the address
            "domain", "domains",
        };

        private readonly Dictionary<string, PiiCategory> extraWords;
        private readonly HashSet<string> ignoredWords;

        // Password words: the weak-hash rules' list (password, pwd, passwd, mima, 密码…) plus compliance.password_words.
        private readonly Hashing.PasswordNames passwords;

        /// <param name="extraWords">From <c>compliance.pii_words</c>: identifiers/words → category.</param>
        /// <param name="ignoredWords">From <c>compliance.pii_ignore_words</c>: identifiers never treated as PII.</param>
        public PiiNameClassifier(IDictionary<string, PiiCategory>? extraWords, IEnumerable<string>? ignoredWords)
            : this(extraWords, ignoredWords, Hashing.PasswordNames.Default)
        {
        }

        /// <param name="passwords">The password words, with <c>compliance.password_words</c> (HashingOptions.NamesFor).</param>
        internal PiiNameClassifier(IDictionary<string, PiiCategory>? extraWords, IEnumerable<string>? ignoredWords, Hashing.PasswordNames passwords)
        {
            this.passwords = passwords;
            this.extraWords = new Dictionary<string, PiiCategory>(StringComparer.Ordinal);
            if (extraWords != null)
            {
                foreach (var kv in extraWords)
                {
                    this.extraWords[Normalize(kv.Key)] = kv.Value;
                }
            }

            this.ignoredWords = new HashSet<string>(StringComparer.Ordinal);
            if (ignoredWords != null)
            {
                foreach (var w in ignoredWords)
                {
                    this.ignoredWords.Add(Normalize(w));
                }
            }
        }

        private static readonly HashSet<string> MaskedWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "masked", "desensitized", "desensitised", "redacted", "anonymized", "anonymised", "tuomin",
        };

        /// <summary>
        /// Classifies an identifier. <paramref name="context"/> is the containing type or receiver
        /// name: a bare <c>Name</c> is a person's name only on a person-like type (Customer.Name,
        /// not Product.Name).
        /// </summary>
        public bool TryClassify(string? identifier, string? context, out PiiCategory category)
        {
            category = PiiCategory.Other;
            if (string.IsNullOrEmpty(identifier) || identifier!.Length > 128)
            {
                return false;
            }

            var normalized = Normalize(identifier);
            if (normalized.Length == 0 || ignoredWords.Contains(normalized))
            {
                return false;
            }

            if (extraWords.TryGetValue(normalized, out category))
            {
                return true;
            }

            if (TryClassifyChinese(identifier, out category))
            {
                return true;
            }

            var tokens = Tokenize(identifier);
            foreach (var token in tokens)
            {
                // MaskedMobile, desensitizedIdCard, PhoneMasked: the name says the value was masked already (a DTO
                // filled by a masking helper); it is not the raw value, whatever else the name holds
                if (ignoredWords.Contains(token) || MaskedWords.Contains(token))
                {
                    return false;
                }

                if (extraWords.TryGetValue(token, out category))
                {
                    return true;
                }
            }

            if (TryClassifyTokens(tokens, context, out category))
            {
                return true;
            }

            // A plaintext password is sensitive personal information (GB/T 35273 Annex B); the sink rules report it only in
            // logs and exceptions
            if (PlaintextPassword.IsNamed(passwords, identifier, tokens))
            {
                category = PiiCategory.Password;
                return true;
            }

            return false;
        }

        /// <summary>The identifier is listed in <c>compliance.pii_words</c> (the user's word beats every context rule).</summary>
        public bool IsListedWord(string identifier) => extraWords.Count > 0 && extraWords.ContainsKey(Normalize(identifier));

        /// <summary>
        /// A type or variable named for an organisation (Vendor, WarehouseVm, store, SupplierForm): its phone, e-mail and
        /// address are the organisation's published contact, not a person's. The last word decides (after shape words
        /// such as Vm, Dto, Form), so VendorManager or ShopCustomer stay about a person.
        /// </summary>
        public static bool IsOrganisationContext(string? context)
        {
            if (string.IsNullOrEmpty(context))
            {
                return false;
            }

            var head = HeadWord(context!);
            return head != null && OrganisationQualifiers.Contains(head);
        }

        // Words after a record's name that say what the copy is for (CustomerImportViewModel, SupplierExcelDto).
        private static readonly HashSet<string> RecordUseWords = new HashSet<string>(StringComparer.Ordinal) { "import", "export", "excel" };

        /// <summary>
        /// The words of a record's type name without its shape words, joined (CustomerEntity → customer, GoodsownerImportViewModel →
        /// goodsowner): the key that a member naming the same thing carries before "name" (customer_name, GoodsOwnerName).
        /// </summary>
        public static string RecordKey(string typeName)
        {
            var tokens = Tokenize(typeName.TrimStart('_'));
            var end = tokens.Count;
            while (end > 0 && (ShapeSuffixes.Contains(tokens[end - 1]) || RecordUseWords.Contains(tokens[end - 1])))
            {
                end--;
            }

            return string.Concat(tokens.GetRange(0, end));
        }

        // The last word of a type or variable name after shape words (WarehouseVm → warehouse, BaseTypeDto → type).
        private static string? HeadWord(string context)
        {
            var tokens = Tokenize(context.TrimStart('_'));
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (!ShapeSuffixes.Contains(tokens[i]))
                {
                    return tokens[i];
                }
            }

            return null;
        }

        /// <summary>A phone, e-mail or address member (by its own name) of an organisation's record or view model (VendorForm.Email).</summary>
        public bool IsOrganisationContact(string member, string? context) =>
            IsOrganisationContext(context) && TryClassify(member, null, out var category) && IsContactCategory(category);

        // Head nouns of a record about a thing that has a full title: a category, a type, a dictionary entry, a unit of
        // an organisation, a place, a product. Only "full" defers to them (RealName, FirstName stay names anywhere).
        private static readonly HashSet<string> ThingHeads = new HashSet<string>(StringComparer.Ordinal)
        {
            "type", "types", "category", "categories", "dictionary", "dict", "department", "dept", "region", "area", "city",
            "province", "district", "product", "goods", "brand", "menu", "module", "tag", "catalog", "unit",
        };

        /// <summary>
        /// A type named for a thing with a full title (BaseType, BaseTypeDto, DepartmentVm, ProductCategory) or for an
        /// organisation (<see cref="IsOrganisationContext"/>): the last word decides, after shape words such as Dto, Vm.
        /// </summary>
        public static bool IsThingContext(string? context)
        {
            if (string.IsNullOrEmpty(context) || IsPersonContext(context))
            {
                return false;
            }

            if (IsOrganisationContext(context))
            {
                return true;
            }

            var head = HeadWord(context!);
            return head != null && ThingHeads.Contains(head);
        }

        /// <summary>Phone, e-mail and address: the categories an organisation publishes as its contact.</summary>
        public static bool IsContactCategory(PiiCategory category) =>
            category == PiiCategory.Phone || category == PiiCategory.Email || category == PiiCategory.Address;

        /// <summary>
        /// A name for a machine's address (BaseAddress, callbackUrl, serverUri, endpoint, host): its value is a URL or a
        /// host, never a person's data, whatever placeholder or property it is bound to.
        /// </summary>
        public static bool NamesMachineAddress(string? identifier)
        {
            if (string.IsNullOrEmpty(identifier))
            {
                return false;
            }

            var tokens = Tokenize(identifier!);
            for (var i = 0; i < tokens.Count; i++)
            {
                switch (tokens[i])
                {
                    case "url": case "uri": case "urls": case "uris": case "endpoint": case "host": case "link": case "href":
                        return true;
                    case "address" when i > 0 && MachineAddressQualifiers.Contains(tokens[i - 1]):
                        return true;
                }
            }

            return false;
        }

        private static bool TryClassifyChinese(string identifier, out PiiCategory category)
        {
            category = PiiCategory.Other;
            var hasCjk = false;
            foreach (var c in identifier)
            {
                if (c >= '\u4e00' && c <= '\u9fff')
                {
                    hasCjk = true;
                    break;
                }
            }

            if (!hasCjk)
            {
                return false;
            }

            if (identifier.IndexOf("身份证", StringComparison.Ordinal) >= 0) { category = PiiCategory.IdNumber; return true; }
            if (identifier.IndexOf("银行卡", StringComparison.Ordinal) >= 0 || identifier.IndexOf("卡号", StringComparison.Ordinal) >= 0) { category = PiiCategory.BankCard; return true; }
            if (identifier.IndexOf("护照", StringComparison.Ordinal) >= 0) { category = PiiCategory.Passport; return true; }
            if (identifier.IndexOf("手机", StringComparison.Ordinal) >= 0 || identifier.IndexOf("电话", StringComparison.Ordinal) >= 0 || identifier.IndexOf("联系方式", StringComparison.Ordinal) >= 0) { category = PiiCategory.Phone; return true; }
            if (identifier.IndexOf("姓名", StringComparison.Ordinal) >= 0 || identifier.IndexOf("名字", StringComparison.Ordinal) >= 0) { category = PiiCategory.Name; return true; }
            if (identifier.IndexOf("邮箱", StringComparison.Ordinal) >= 0 || identifier.IndexOf("电子邮件", StringComparison.Ordinal) >= 0) { category = PiiCategory.Email; return true; }
            if (identifier.IndexOf("生日", StringComparison.Ordinal) >= 0 || identifier.IndexOf("出生日期", StringComparison.Ordinal) >= 0) { category = PiiCategory.Birthday; return true; }
            if (identifier.IndexOf("地址", StringComparison.Ordinal) >= 0
                && identifier.IndexOf("IP", StringComparison.OrdinalIgnoreCase) < 0
                && identifier.IndexOf("网址", StringComparison.Ordinal) < 0
                && identifier.IndexOf("服务器", StringComparison.Ordinal) < 0)
            {
                category = PiiCategory.Address;
                return true;
            }

            return false;
        }

        private static bool TryClassifyTokens(List<string> t, string? context, out PiiCategory category)
        {
            category = PiiCategory.Other;
            for (var i = 0; i < t.Count; i++)
            {
                var w = t[i];
                var prev = i > 0 ? t[i - 1] : null;
                var next = i + 1 < t.Count ? t[i + 1] : null;
                switch (w)
                {
                    // Identity documents first: "idCardPhone" is rare, "phoneOfIdCard" rarer.
                    case "sfz": case "sfzh": case "ssn": case "nric":
                        category = PiiCategory.IdNumber; return true;
                    case "id" when next == "card" || next == "no" || next == "number" || (next == "num"):
                    case "national" when next == "id":
                    case "citizen" when next == "id":
                    case "resident" when next == "id":
                    case "identity" when next == null || next == "card" || next == "no" || next == "number" || next == "num" || next == "code":
                    case "cert" when next == "no" && (prev == "id" || prev == null):
                        // IdCardType, IdentityCardKind: which document it is (证件类型), not its number (SimpleAdmin, judged blind)
                        if (NamesDocumentKind(t, i))
                        {
                            continue;
                        }

                        category = PiiCategory.IdNumber; return true;

                    case "passport": case "huzhao":
                        category = PiiCategory.Passport; return true;

                    case "yinhangka": case "iban":
                        category = PiiCategory.BankCard; return true;
                    case "bank" when next == "card" || next == "account":
                    case "credit" when next == "card":
                    case "debit" when next == "card":
                    case "card" when (next == "no" || next == "number" || next == "num") && prev != "id":
                        category = PiiCategory.BankCard; return true;

                    case "phone": case "mobile": case "tel": case "shouji": case "dianhua": case "msisdn": case "cell" when next == "phone":
                        if ((next != null && DeviceQualifiers.Contains(next)) || (prev != null && OrganisationQualifiers.Contains(prev)) || IsOrganisationContext(context) || prev == "is" || prev == "has" || prev == "use" || prev == "allow" || prev == "enable" || prev == "on")
                        {
                            continue;
                        }

                        if (w == "mobile" && next != null && next != "no" && next != "number" && next != "num" && next != "phone")
                        {
                            // mobileApp, mobileWidth… only mobile/mobileNo/mobileNumber/mobilePhone are numbers
                            continue;
                        }

                        category = PiiCategory.Phone; return true;

                    case "email": case "youxiang":
                        if ((next != null && MessageQualifiers.Contains(next)) || (prev != null && OrganisationQualifiers.Contains(prev)) || IsOrganisationContext(context))
                        {
                            continue;
                        }

                        category = PiiCategory.Email; return true;
                    case "mail" when (next == "address" || (next == null && prev == "e")) && !IsOrganisationContext(context):
                        category = PiiCategory.Email; return true;

                    case "birthday": case "dob": case "shengri":
                    case "birth" when next == "date" || next == "day" || prev == "of":
                        category = PiiCategory.Birthday; return true;

                    case "xingming": case "surname":
                        category = PiiCategory.Name; return true;
                    case "name":
                        if (prev == "full" && next == null && IsThingContext(context))
                        {
                            // BaseType.FullName, DepartmentDto.FullName: "full" names a thing's full title as often as a
                            // person's (System.Type.FullName); on a record of a category, a dictionary or an organisation it is
                            // the title (lin-cms-dotnetcore's data-dictionary category, judged FP)
                            continue;
                        }

                        if (prev != null && PersonNameQualifiers.Contains(prev))
                        {
                            // functionFullName, typeFullName: the full name of a program element, not of a person
                            // (ExchangeSharp's SignalR hub function, judged blind)
                            if (i >= 2 && ProgramElementWords.Contains(t[i - 2]))
                            {
                                continue;
                            }

                            // userName is a login unless the user lists it in compliance.pii_words
                            if (prev == "user" || prev == "account" || prev == "nick")
                            {
                                continue;
                            }

                            // LoggedOutViewModel.ClientName, LogoutRequest.ClientName, ConsentViewModel.ClientName: on a sign-in
                            // protocol's record the client is the OAuth/OIDC client application (logistics-app's Identity Server
                            // logout page, judged blind), not a customer
                            if (prev == "client" && context != null && IsSignInProtocolContext(context))
                            {
                                continue;
                            }

                            category = PiiCategory.Name; return true;
                        }

                        if (prev == null && next == null && IsPersonContext(context))
                        {
                            category = PiiCategory.Name; return true;
                        }

                        continue;

                    case "address": case "addr": case "dizhi":
                        if (prev != null && (prev == "email" || prev == "mail") && !IsOrganisationContext(context))
                        {
                            category = PiiCategory.Email; return true;
                        }

                        if (prev != null && (MachineAddressQualifiers.Contains(prev) || OrganisationQualifiers.Contains(prev)) || IsOrganisationContext(context))
                        {
                            continue;
                        }

                        // Webhook.ReceiverAddress, WebHookSubscription.TargetAddress: the address of a web hook or a callback is
                        // the URL it posts to (PayrollEngine's webhooks, judged blind), not where someone lives
                        if (context != null && IsHookContext(context))
                        {
                            continue;
                        }

                        // AddressPrefix, AddressFormat, addressBase58Prefix: a property of an address format (miningcore's
                        // coin.AddressPrefixTestnet and poolAddressBase58Prefix, a network's version byte, judged blind),
                        // not anyone's address; the word right after "address" or the name's last word decides
                        if (next != null && (AddressFormatWords.Contains(next) || AddressFormatWords.Contains(t[t.Count - 1])))
                        {
                            continue;
                        }

                        // ExistingShippingAddressId, AddressIds: the key of a saved address, not the address
                        if (next != null && (next == "id" || next == "ids" || next == "family" || next == "space" || next == "book" || next == "type" || next == "line" && prev == null && !IsPersonContext(context)))
                        {
                            continue;
                        }

                        if (prev == null && next == null && context != null && !IsPersonContext(context) && IsMachineContext(context))
                        {
                            continue;
                        }

                        category = PiiCategory.Address; return true;
                }
            }

            return false;
        }

        // Program elements whose "full name" (FullName, QualifiedName) is code, not a person.
        private static readonly HashSet<string> ProgramElementWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "function", "func", "method", "type", "class", "assembly", "namespace", "module", "member", "property", "field",
            "interface", "enum", "attribute", "hub", "event", "proc", "procedure", "table", "column", "schema", "queue", "topic",
            "command", "handler", "controller", "action", "file", "package", "resource", "component",
        };

        private static readonly HashSet<string> DocumentKindWords = new HashSet<string>(StringComparer.Ordinal) { "type", "kind", "category" };

        // a word after the identity-document phrase that names its kind: id card TYPE
        private static bool NamesDocumentKind(List<string> t, int i)
        {
            for (var j = i + 1; j < t.Count; j++)
            {
                if (DocumentKindWords.Contains(t[j]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPersonContext(string? context)
        {
            if (string.IsNullOrEmpty(context))
            {
                return false;
            }

            var previous = string.Empty;
            foreach (var token in Tokenize(context!))
            {
                if (PersonNameQualifiers.Contains(token) && token != "account" && token != "nick")
                {
                    return true;
                }

                // PetProfile, AnimalProfile: the profile of an animal (its Name is the pet's); PetOwner stays a person
                var animal = previous == "pet" || previous == "animal" || previous == "dog" || previous == "cat" || previous == "horse";
                previous = token;
                switch (token)
                {
                    case "profile" when animal:
                        continue;
                    case "people": case "profile": case "contacts": case "customers": case "users": case "employees":
                    case "patients": case "students": case "members": case "persons": case "kehu": case "yonghu": case "consumer":
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A record of a sign-in protocol (LoggedOutViewModel, LogoutRequest, ConsentViewModel, GrantViewModel, AuthorizationRequest,
        /// TokenValidationLog, DeviceAuthorizationViewModel): its "client" is the OAuth/OIDC client application.
        /// </summary>
        private static bool IsSignInProtocolContext(string context)
        {
            var tokens = Tokenize(context);
            for (var i = 0; i < tokens.Count; i++)
            {
                switch (tokens[i])
                {
                    case "logout": case "logoff": case "signout": case "consent": case "grant": case "grants": case "authorize":
                    case "authorization": case "oauth": case "oidc": case "openid": case "token": case "tokens":
                        return true;
                    case "logged" when i + 1 < tokens.Count && tokens[i + 1] == "out":
                    case "sign" when i + 1 < tokens.Count && tokens[i + 1] == "out":
                        return true;
                }
            }

            return false;
        }

        /// <summary>A web hook's or a callback's record (Webhook, WebhookMessage, WebHookSubscription, CallbackRegistration).</summary>
        private static bool IsHookContext(string context)
        {
            foreach (var token in Tokenize(context))
            {
                switch (token)
                {
                    case "webhook": case "webhooks": case "hook": case "hooks": case "callback": case "callbacks":
                        return true;
                }
            }

            return false;
        }

        private static bool IsMachineContext(string context)
        {
            foreach (var token in Tokenize(context))
            {
                switch (token)
                {
                    case "ip": case "endpoint": case "socket": case "network": case "server": case "host": case "dns": case "http": case "url": case "uri":
                        return true;
                }
            }

            return false;
        }

        // phones → phone, addresses → address: collections of PII are PII
        private static string Singular(string token)
        {
            switch (token)
            {
                case "phones": case "mobiles": case "emails": case "names": case "birthdays": case "passports": case "idcards": case "bankcards":
                    return token.Substring(0, token.Length - 1);
                case "addresses":
                    return "address";
                default:
                    return token;
            }
        }

        /// <summary>Lower-cased letters and digits only: "ID_Card-No" → "idcardno".</summary>
        public static string Normalize(string identifier)
        {
            var sb = new StringBuilder(identifier.Length);
            foreach (var c in identifier)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                }
            }

            return sb.ToString();
        }

        /// <summary>
        /// Splits on case changes, digits and separators ("IDCardNo" → id, card, no), then expands
        /// known lower-case compounds ("idcard" → id, card).
        /// </summary>
        public static List<string> Tokenize(string identifier)
        {
            var raw = new List<string>();
            var sb = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetter(c))
                {
                    Flush();
                    continue;
                }

                if (sb.Length > 0 && char.IsUpper(c))
                {
                    var prevUpper = char.IsUpper(identifier[i - 1]);
                    var nextLower = i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
                    if (!prevUpper || nextLower)
                    {
                        Flush();
                    }
                }

                sb.Append(char.ToLowerInvariant(c));
            }

            Flush();

            var tokens = new List<string>(raw.Count + 2);
            foreach (var token in raw)
            {
                var singular = Singular(token);
                if (Compounds.TryGetValue(singular, out var parts))
                {
                    tokens.AddRange(parts);
                }
                else
                {
                    tokens.Add(singular);
                }
            }

            return tokens;

            void Flush()
            {
                if (sb.Length > 0)
                {
                    raw.Add(sb.ToString());
                    sb.Clear();
                }
            }
        }
    }
}
