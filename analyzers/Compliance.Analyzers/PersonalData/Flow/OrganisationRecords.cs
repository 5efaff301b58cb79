namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using System.Runtime.CompilerServices;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// Records of a party that the code itself shows to be an organisation: a customer, goods owner, shipper or partner
    /// record that carries a separate contact person (<c>manager</c>, <c>linkMan</c>, <c>F_PrincipalMan</c>,
    /// <c>ContactPerson</c>, 联系人) or a company's registration data (tax number, unified social credit code, business
    /// licence, legal person), and no person-only member (gender, birth date, ID card, passport, first/last/real name).
    /// In such a code base the party's name — <c>customer_name</c> on any record, the party record's bare <c>Name</c> — is
    /// a company's name, not a person's (ModernWMS: the customer and goods-owner records have the same shape as its
    /// supplier and company records, <c>name, city, address, manager, contact_tel</c>). Only the name is affected: the
    /// record's phone, e-mail and address are the contact person's and stay reported.
    /// Found once per assembly from member names alone (no member symbols are bound).
    /// </summary>
    internal static class OrganisationRecords
    {
        private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> Keys = new ConditionalWeakTable<IAssemblySymbol, HashSet<string>>();

        // Party words that name a person in one code base and a company in another (a shop's customer, a WMS's customer).
        private static readonly HashSet<string> PartyWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "customer", "client", "cust", "kehu", "owner", "shipper", "consignor", "consignee", "payer", "payee", "buyer", "seller",
            "partner", "beneficiary", "holder",
        };

        // A member that is the record's contact person or a company's registration data (tokens joined, a WaterCloud-style
        // leading F_ dropped). Not "emergency contact" (Admin.NET's SysUser: a person's relative) and not "contact name"
        // (SimplCommerce's address forms: the recipient).
        private static readonly HashSet<string> OrganisationMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "manager", "linkman", "linkmanname", "contactperson", "contactpersonname", "contactor", "contacter", "contactman",
            "principalman", "lianxiren", "fuzeren", "联系人", "负责人",
            "legalperson", "legalrepresentative", "faren", "法人", "taxno", "taxnumber", "taxcode", "taxpayerid", "taxpayerno",
            "税号", "taxid", "creditcode", "socialcreditcode", "unifiedsocialcreditcode", "统一社会信用代码", "businesslicense",
            "businesslicence", "businesslicenseno", "businesslicenceno", "registeredcapital",
        };

        // Members only a person's record has.
        private static readonly HashSet<string> PersonOnlyMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "gender", "sex", "xingbie", "性别", "realname", "firstname", "lastname", "surname", "givenname", "familyname", "xingming",
            "姓名",
        };

        // Words in a member's name that make it the contact person's (contact_tel, LinkManPhone, manager_mobile).
        private static readonly HashSet<string> ContactPersonWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "contact", "contactor", "contacter", "linkman", "link", "manager", "principal", "principalman", "lianxiren", "fuzeren",
            "legal", "联系人", "负责人",
        };

        /// <summary>
        /// <paramref name="member"/>, classified as <paramref name="category"/> on <paramref name="owner"/>, is an
        /// organisation's, not a person's: a name naming a party that this assembly's records show to be an organisation
        /// (<c>customer_name</c> on any record when a customer record has a contact person; the bare <c>Name</c> of such a
        /// record), or the phone, e-mail or address of such a record itself unless the member names the contact person
        /// (<c>contact_tel</c>, <c>LinkManPhone</c> stay a person's).
        /// </summary>
        public static bool IsOrganisations(string member, PiiCategory category, INamedTypeSymbol? owner)
        {
            if (owner == null || owner.ContainingAssembly == null
                || category != PiiCategory.Name && category != PiiCategory.Phone && category != PiiCategory.Email && category != PiiCategory.Address)
            {
                return false;
            }

            var tokens = PiiNameClassifier.Tokenize(member.TrimStart('_'));
            if (tokens.Count > 1 && tokens[0] == "f")
            {
                tokens.RemoveAt(0);
            }

            if (tokens.Count == 0)
            {
                return false;
            }

            string key;
            if (category == PiiCategory.Name)
            {
                if (tokens[tokens.Count - 1] != "name")
                {
                    return false;
                }

                key = tokens.Count == 1 ? PiiNameClassifier.RecordKey(owner.Name) : string.Concat(tokens.GetRange(0, tokens.Count - 1));
            }
            else
            {
                foreach (var token in tokens)
                {
                    if (ContactPersonWords.Contains(token))
                    {
                        return false;
                    }
                }

                key = PiiNameClassifier.RecordKey(owner.Name);
            }

            return key.Length > 0 && IsPartyKey(key) && Keys.GetValue(owner.ContainingAssembly, Find).Contains(key);
        }

        private static bool IsPartyKey(string key)
        {
            foreach (var word in PartyWords)
            {
                if (key.EndsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static HashSet<string> Find(IAssemblySymbol assembly)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
            var visited = 0;
            while (pending.Count > 0 && visited < 200000)
            {
                var next = pending.Pop();
                if (next is INamespaceSymbol ns)
                {
                    foreach (var member in ns.GetMembers())
                    {
                        pending.Push(member);
                    }

                    continue;
                }

                if (!(next is INamedTypeSymbol type))
                {
                    continue;
                }

                visited++;
                foreach (var nested in type.GetTypeMembers())
                {
                    pending.Push(nested);
                }

                if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
                {
                    continue;
                }

                var key = PiiNameClassifier.RecordKey(type.Name);
                if (key.Length > 0 && IsPartyKey(key) && IsOrganisationShaped(type))
                {
                    keys.Add(key);
                }
            }

            return keys;
        }

        private static bool IsOrganisationShaped(INamedTypeSymbol type)
        {
            var organisation = false;
            foreach (var name in type.MemberNames)
            {
                var tokens = PiiNameClassifier.Tokenize(name.TrimStart('_'));
                if (tokens.Count > 1 && tokens[0] == "f")
                {
                    tokens.RemoveAt(0);
                }

                var joined = string.Concat(tokens);
                if (PersonOnlyMembers.Contains(joined))
                {
                    return false;
                }

                if (PiiNameClassifier.Default.TryClassify(name, null, out var category)
                    && (category == PiiCategory.IdNumber || category == PiiCategory.Passport || category == PiiCategory.Birthday))
                {
                    return false;
                }

                organisation |= OrganisationMembers.Contains(joined);
            }

            return organisation;
        }
    }
}
