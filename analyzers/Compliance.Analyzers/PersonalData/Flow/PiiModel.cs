namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;

    internal enum PiiSinkKind
    {
        Log,
        Exception,
        Response,
        File,
        Telemetry,
    }

    internal static class PiiSinkKinds
    {
        public static string ToToken(this PiiSinkKind kind)
        {
            switch (kind)
            {
                case PiiSinkKind.Log: return "log";
                case PiiSinkKind.Exception: return "exception";
                case PiiSinkKind.Response: return "response";
                case PiiSinkKind.File: return "file";
                default: return "telemetry";
            }
        }
    }

    /// <summary>One piece of personal information that reaches a sink.</summary>
    internal sealed class PiiFlow
    {
        public PiiFlow(PiiCategory category, bool classified, string symbol, SyntaxNode origin, SyntaxNode? carrier, bool masked)
        {
            Category = category;
            Classified = classified;
            Symbol = symbol;
            Origin = origin;
            Carrier = carrier;
            Masked = masked;
        }

        public PiiCategory Category { get; }

        /// <summary>Marked by an attribute (DataClassification, [PersonalData], configured) rather than matched by name.</summary>
        public bool Classified { get; }

        /// <summary>Display name: <c>Customer.Phone</c>, <c>phone</c>, <c>{Phone}</c>.</summary>
        public string Symbol { get; }

        /// <summary>Where the value is read (the related location).</summary>
        public SyntaxNode Origin { get; }

        /// <summary>The expression inside the sink that carries the value (what a code fix wraps).</summary>
        public SyntaxNode? Carrier { get; }

        public bool Masked { get; }

        /// <summary>
        /// A name read from a member of a type that holds no other personal data (Kavita's PersonDto of book creators,
        /// IdentityServer's Client.ClientName): a name alone there is not a person context by a generic type word.
        /// </summary>
        public bool OwnerHasOnlyName { get; set; }

        /// <summary>
        /// Read from a member of a type that also holds an identity document number (a lodger's PassportNo, a borrower's
        /// IdCardNo): the record is a person's, whatever the type is called. A bank card alone does not say so.
        /// </summary>
        public bool OwnerHoldsIdentityDocument { get; set; }

        /// <summary>A request's body or form read whole (<see cref="RawRequestPayload"/>): personal data by what requests carry, not by a name.</summary>
        public bool RawPayload { get; set; }

        /// <summary>A name read from a game avatar's type (<see cref="GameAvatarTypes"/>): a character's name, not a person's.</summary>
        public bool OwnerIsGameAvatar { get; set; }

        /// <summary>A bare Name of an account type whose names the code keeps unique (<see cref="UniqueNameHandles"/>): a handle.</summary>
        public bool IsUniqueHandle { get; set; }

        /// <summary>Sensitive or classified PII outranks name-matched PII; a person's data outranks an account identifier.</summary>
        public int Rank => (Masked ? 0 : 100) + (Category.IsSensitive() ? 20 : 0) + (Classified ? 10 : 0) + (IsAccountIdentifier ? 0 : 5);

        /// <summary>
        /// The account's identifier rather than data about its person: <c>UserName</c>, <c>LoginName</c>, <c>UserId</c>,
        /// <c>AccountId</c>, or <c>Name</c>/<c>Id</c> of an account or login type (TShock's <c>UserAccount.Name</c>, the game
        /// login handle). Audit and security logs must name the account (GB/T 22239 8.1.4.3: user, event, result).
        /// </summary>
        public bool IsAccountIdentifier
        {
            get
            {
                if (Category != PiiCategory.Other && Category != PiiCategory.Name)
                {
                    return false;
                }

                var symbol = Symbol.Trim('{', '}', '@');
                var dot = symbol.LastIndexOf('.');
                var member = Detection.PiiNameClassifier.Tokenize(dot >= 0 ? symbol.Substring(dot + 1) : symbol);
                if (member.Count == 2 && (member[0] == "user" || member[0] == "login" || member[0] == "account" || member[0] == "logon" || member[0] == "sign")
                    && (member[1] == "name" || member[1] == "id"))
                {
                    return true;
                }

                if (member.Count == 1 && (member[0] == "login" || member[0] == "account" || member[0] == "username"))
                {
                    return true;
                }

                if (dot > 0 && member.Count == 1 && (member[0] == "name" || member[0] == "id"))
                {
                    foreach (var t in Detection.PiiNameClassifier.Tokenize(symbol.Substring(0, dot)))
                    {
                        // a user's Id is its account key; a user's Name may be a person's name
                        if (t == "account" || t == "login" || t == "logon" || t == "credential" || t == "credentials" || (t == "user" && member[0] == "id"))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
        }
    }

    /// <summary>A sink occurrence with the personal information that reaches it.</summary>
    internal sealed class PiiSinkHit
    {
        public PiiSinkHit(PiiSinkKind kind, SyntaxNode node, string sinkName, List<PiiFlow> flows)
        {
            Kind = kind;
            Node = node;
            SinkName = sinkName;
            Flows = flows;
        }

        public PiiSinkKind Kind { get; }
        public SyntaxNode Node { get; }
        public string SinkName { get; }
        public List<PiiFlow> Flows { get; }

        /// <summary>The flow a finding reports: the worst unmasked one, else the worst masked one.</summary>
        public PiiFlow? Primary
        {
            get
            {
                PiiFlow? best = null;
                foreach (var f in Flows)
                {
                    if (best == null || f.Rank > best.Rank || (f.Rank == best.Rank && f.Origin.SpanStart < best.Origin.SpanStart))
                    {
                        best = f;
                    }
                }

                return best;
            }
        }

        public bool HasUnmasked
        {
            get
            {
                foreach (var f in Flows)
                {
                    if (!f.Masked)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
