namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;

    /// <summary>
    /// The personal-data properties of a type that is serialised whole (a DTO returned from an
    /// action, a record logged with {@Customer}, CSV records). Collections, tasks and generic
    /// envelopes (a page or result wrapper: <c>PagedInfo&lt;SysUser&gt;</c>, <c>TData&lt;List&lt;UserEntity&gt;&gt;</c>)
    /// are unwrapped to their element type; [JsonIgnore] properties are skipped; only types
    /// declared in source are inspected (framework types are not DTOs).
    /// </summary>
    internal static class PiiTypeMembers
    {
        public static List<(IPropertySymbol Property, PiiCategory Category, bool Classified)> Find(ITypeSymbol? type, PiiOptions options)
        {
            var result = new List<(IPropertySymbol, PiiCategory, bool)>();
            type = PayloadType(type);
            if (!(type is INamedTypeSymbol named) || named.SpecialType != SpecialType.None)
            {
                return result;
            }

            if (!named.IsAnonymousType && !Candidates.CandidateVocabulary.IsInSource(named))
            {
                return result;
            }

            for (var t = named; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    if (!(member is IPropertySymbol property) || property.IsStatic || property.DeclaredAccessibility != Accessibility.Public
                        || property.IsIndexer || IsIgnored(property) || !PiiCompilationContext.CanHoldPii(property.Type))
                    {
                        continue;
                    }

                    var classified = PiiCompilationContext.HasClassificationAttribute(property, options);
                    if (options.Names.TryClassify(property.Name, named.Name, out var category) || classified)
                    {
                        // Payment { Coin, Address, TransactionConfirmationData }: on a blockchain record the address is a
                        // wallet address, public on the chain, not where someone lives (miningcore's pool API, judged blind)
                        // (a member listed in compliance.pii_words still counts)
                        if (!classified && category == PiiCategory.Address && !options.Names.IsListedWord(property.Name) && IsBlockchainRecord(named))
                        {
                            continue;
                        }

                        // AssetDeviceItem.DeviceIdentity of type DeviceIdentity, EdgeTaskRequestDto.Address of type EdgeTaskAddressDto:
                        // an object member is personal data by what it holds, not by its name; a source type none of whose own
                        // members is personal data (a device credential, a routing target) is not (IoTSharp, orgcust)
                        if (!classified && !options.Names.IsListedWord(property.Name) && HoldsNoPersonalData(property.Type, category, options))
                        {
                            continue;
                        }

                        // customer_name where the code's customer records carry a contact person or a company's registration
                        // data: a company's name; such a record's own phone, e-mail, address unless the contact person's
                        // (ModernWMS's customers and goods owners, OrganisationRecords)
                        if (!classified && !options.Names.IsListedWord(property.Name) && OrganisationRecords.IsOrganisations(property.Name, category, named))
                        {
                            continue;
                        }

                        result.Add((property, category, classified));
                        if (result.Count >= 8)
                        {
                            return result;
                        }
                    }
                }
            }

            return result;
        }

        // Words of a postal address's parts: an Address-typed member whose type has them is a postal address (Street, City,
        // AddressLine1 are not personal-data names by themselves).
        private static readonly HashSet<string> PostalWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "street", "city", "province", "state", "district", "county", "zip", "postal", "postcode", "country", "line", "region",
            "area", "town", "village", "building", "room", "house", "detail", "road", "sheng", "shi", "qu",
        };

        /// <summary>
        /// A class or struct declared in source (not a collection) whose own public members have no personal-data name (and, for an
        /// address, no part of a postal address).
        /// </summary>
        private static bool HoldsNoPersonalData(ITypeSymbol type, PiiCategory category, PiiOptions options)
        {
            if (!(type is INamedTypeSymbol named) || named.SpecialType != SpecialType.None || named.IsGenericType
                || named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct || named.IsAnonymousType)
            {
                return false;
            }

            if (!Candidates.CandidateVocabulary.IsInSource(named))
            {
                return false;
            }

            var members = 0;
            for (var t = named; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    if (member is IPropertySymbol property && !property.IsStatic && property.DeclaredAccessibility == Accessibility.Public && !property.IsIndexer)
                    {
                        members++;
                        if (options.Names.TryClassify(property.Name, named.Name, out _) || PiiCompilationContext.HasClassificationAttribute(property, options))
                        {
                            return false;
                        }

                        if (category == PiiCategory.Address)
                        {
                            foreach (var word in PiiNameClassifier.Tokenize(property.Name))
                            {
                                if (PostalWords.Contains(word))
                                {
                                    return false;
                                }
                            }
                        }
                    }
                }
            }

            return members > 0;
        }

        // Member names (normalised) that only a cryptocurrency record has: the coin, an on-chain transaction or block.
        private static readonly HashSet<string> BlockchainMembers = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "coin", "coinsymbol", "cointicker", "cointype", "txid", "txhash", "transactionhash", "transactionconfirmationdata",
            "blockheight", "blockhash", "blockchain", "walletaddress",
        };

        /// <summary>A type (or a base) with a member only a cryptocurrency record has (Coin, TxHash, BlockHeight…).</summary>
        private static bool IsBlockchainRecord(INamedTypeSymbol type)
        {
            for (var t = type; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    if ((member is IPropertySymbol || member is IFieldSymbol) && !member.IsImplicitlyDeclared
                        && BlockchainMembers.Contains(PiiNameClassifier.Normalize(member.Name)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsIgnored(ISymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name == "JsonIgnoreAttribute" || name == "IgnoreDataMemberAttribute" || name == "IgnoreAttribute")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What a serialised value carries: tasks, collections and generic envelopes unwrapped (a few levels). An envelope is a
        /// generic type of one type argument with a public property of that type or of a collection of it
        /// (<c>PagedInfo&lt;T&gt;.Result</c>, <c>TData&lt;T&gt;.Data</c>, <c>ApiResult&lt;T&gt;.Value</c>): the JSON of a page of users
        /// holds the users. Options (<c>IOptions&lt;T&gt;.Value</c>) are configuration, not a payload.
        /// </summary>
        public static ITypeSymbol? PayloadType(ITypeSymbol? type)
        {
            for (var i = 0; i < 4 && type != null; i++)
            {
                var next = ElementType(PiiFlowTracer.UnwrapTask(type));
                if (SymbolEqualityComparer.Default.Equals(next, type))
                {
                    next = EnvelopePayload(type);
                }

                if (next == null || SymbolEqualityComparer.Default.Equals(next, type))
                {
                    return type;
                }

                type = next;
            }

            return type;
        }

        private static ITypeSymbol? EnvelopePayload(ITypeSymbol type)
        {
            if (!(type is INamedTypeSymbol named) || !named.IsGenericType || named.TypeArguments.Length != 1 || named.SpecialType != SpecialType.None
                || named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct && named.TypeKind != TypeKind.Interface && named.TypeKind != TypeKind.Error
                || named.TypeArguments[0].SpecialType != SpecialType.None || named.TypeArguments[0].TypeKind == TypeKind.TypeParameter
                || named.TypeArguments[0].TypeKind == TypeKind.Error && !(named.TypeKind == TypeKind.Error && named.TypeArguments[0] is INamedTypeSymbol { IsGenericType: true })
                || PiiCompilationContext.Namespace(named).StartsWith("Microsoft.Extensions", System.StringComparison.Ordinal))
            {
                return null;
            }

            var payload = named.TypeArguments[0];
            if (named.TypeKind == TypeKind.Error)
            {
                // fallback scan: PagedResultDto<UserDto> of a package that did not restore has no members to read; a type named for a
                // page or a result (ABP's PagedResultDto, ListResultDto, a framework's PageModelDto, ServiceResult) holds its argument
                return NamesEnvelope(named.Name) ? payload : null;
            }

            for (var t = named; t != null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    // a public field is serialised too (Newtonsoft.Json, System.Text.Json with IncludeFields): PageResult<T> { public List<T> rows; }
                    var memberType = member is IPropertySymbol property && !property.IsIndexer ? property.Type
                        : member is IFieldSymbol field && !field.IsImplicitlyDeclared && !field.IsConst ? field.Type : null;
                    if (memberType != null && !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public && !IsIgnored(member)
                        && (SymbolEqualityComparer.Default.Equals(memberType, payload) || SymbolEqualityComparer.Default.Equals(ElementType(memberType), payload)))
                    {
                        return payload;
                    }
                }
            }

            return null;
        }

        // Words of an unbound generic type's name that make it a page or result envelope of its type argument.
        private static readonly HashSet<string> EnvelopeWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "page", "paged", "paging", "pagination", "result", "response", "list", "data", "grid",
        };

        private static bool NamesEnvelope(string typeName)
        {
            foreach (var word in PiiNameClassifier.Tokenize(typeName))
            {
                if (EnvelopeWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>T for T[], List&lt;T&gt;, IEnumerable&lt;T&gt;, IQueryable&lt;T&gt;…</summary>
        public static ITypeSymbol? ElementType(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol named && named.IsGenericType && named.TypeArguments.Length == 1 && type.SpecialType != SpecialType.System_Nullable_T)
            {
                foreach (var i in named.AllInterfaces)
                {
                    if (i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                    {
                        return named.TypeArguments[0];
                    }
                }

                if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return named.TypeArguments[0];
                }
            }

            return type;
        }
    }
}
