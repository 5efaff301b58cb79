namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using System.Collections.Immutable;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// Shared driver of the sink rules: per operation block it collects sink hits of the rule's
    /// kind, then reports them in source order so that anchors (member + ordinal) are stable.
    /// A finding points at the sink with the PII's source (and the carrying expression, for the
    /// code fix) as additional locations.
    /// </summary>
    public abstract class PiiSinkAnalyzerBase : DiagnosticAnalyzer
    {
        internal const string CarrierProperty = "compliance.pii.carrier";

        private protected abstract PiiSinkKind? SinkKind { get; }

        private protected abstract DiagnosticDescriptor Rule { get; }

        private protected abstract OperationKind[] OperationKinds { get; }

        // One entry per operation block, not per operation: the six sink rules share a block's sink search through
        // it. A table keyed by every operation took the table's global lock and a GC dependent handle per invocation
        // (perf4's thread-time traces: Monitor.Enter_Slowpath under GetOrAddLocked); per block that is once per member.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, BlockSinkHits> SinkHitsByBlock =
            new System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, BlockSinkHits>();

        // How many sink rules run on a compilation (each rule's compilation-start action counts itself; the driver runs
        // every compilation-start action before any block action). A block's entry is dropped once that many rules have
        // read it (issue 16, perf12): the driver keeps every member's semantic model until the whole compilation is
        // analysed, and the operation key kept each block's operation list, sink hits and one list per operation
        // alive with it (≈ 90 MB of 1.7 GB alive on a 650k-line dense tree). A rule that reads a dropped block again
        // only searches it again.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, RuleCount> RulesByCompilation =
            new System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, RuleCount>();

        private static readonly List<PiiSinkHit> NoHits = new List<PiiSinkHit>();

        /// <summary>Tests only: per compilation (by assembly name), block entries created and dropped. Null in the product.</summary>
        internal static System.Collections.Concurrent.ConcurrentDictionary<string, BlockEntryCounts>? TestCounts;

        internal sealed class BlockEntryCounts
        {
            internal int Created;
            internal int Dropped;
        }

        private sealed class RuleCount
        {
            internal int Rules;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var pii = new PiiCompilationContext(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
                var rules = RulesByCompilation.GetValue(start.Compilation, _ => new RuleCount());
                System.Threading.Interlocked.Increment(ref rules.Rules);
                var counts = TestCounts?.GetOrAdd(start.Compilation.AssemblyName ?? string.Empty, _ => new BlockEntryCounts());
                // One block action per rule, not a block-start action with block-scoped operation and block-end actions:
                // the driver then walks a block's operations once per rule and dispatches every operation to each rule
                // (perf11: ≈ 1.5 % of a build's compiler CPU on the dense tree). The walk below is the driver's own
                // (operationsToAnalyze) and is shared by the rules through the block's entry.
                var kinds = KindSet(OperationKinds);
                start.RegisterOperationBlockAction(block =>
                {
                    if (block.OperationBlocks.Length == 0)
                    {
                        return; // no operations: no operation action would run
                    }

                    // The driver hands every analyzer the same operation tree, so the block's first operation is one key.
                    var key = block.OperationBlocks[0];
                    var shared = SinkHitsByBlock.GetValue(key, _ =>
                    {
                        if (counts != null)
                        {
                            System.Threading.Interlocked.Increment(ref counts.Created);
                        }

                        return new BlockSinkHits();
                    });
                    try
                    {
                        Analyse(block, shared, kinds, pii);
                    }
                    finally
                    {
                        // The last rule to read the entry drops it (the key stays alive with the driver's semantic model).
                        if (shared.Read() == System.Threading.Volatile.Read(ref rules.Rules) && SinkHitsByBlock.Remove(key) && counts != null)
                        {
                            System.Threading.Interlocked.Increment(ref counts.Dropped);
                        }
                    }
                });
                RegisterMore(start, pii);
            });
        }

        private void Analyse(OperationBlockAnalysisContext block, BlockSinkHits shared, bool[] kinds, PiiCompilationContext pii)
        {
            if (shared.IsGenerated(block))
            {
                return; // an EF Core migration: generated code is not analysed
            }

            var hits = new List<PiiSinkHit>();
            foreach (var operation in shared.Operations(block.OperationBlocks))
            {
                block.CancellationToken.ThrowIfCancellationRequested();
                if ((int)operation.Kind >= kinds.Length || !kinds[(int)operation.Kind])
                {
                    continue;
                }

                // The sink rules ask about the same operations: the first one to ask traces every sink kind
                // once, the others read the result.
                var found = shared.GetOrAdd(operation, op =>
                {
                    var all = new List<PiiSinkHit>();
                    try
                    {
                        var tracer = new PiiFlowTracer(pii, pii.OptionsFor(op.Syntax.SyntaxTree));
                        PiiSinkFinder.Find(op, tracer, all);
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException))
                    {
                        // incomplete code must never surface as AD0001; the operation is skipped
                        all.Clear();
                    }

                    return all.Count == 0 ? NoHits : all; // most operations have none: one shared empty list
                });

                foreach (var hit in found)
                {
                    if (SinkKind == null || hit.Kind == SinkKind)
                    {
                        hits.Add(hit);
                    }
                }
            }

            hits.Sort((a, b) => a.Node.SpanStart.CompareTo(b.Node.SpanStart));
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            var seen = new HashSet<SyntaxNode>();
            foreach (var hit in hits)
            {
                if (!seen.Add(hit.Node))
                {
                    continue;
                }

                var diagnostic = CreateDiagnostic(hit, block.OwningSymbol, ordinals, pii);
                if (diagnostic != null)
                {
                    block.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>Sink hits of one operation block's operations, searched once for all six sink rules.</summary>
        private sealed class BlockSinkHits
        {
            private readonly Dictionary<IOperation, List<PiiSinkHit>> byOperation = new Dictionary<IOperation, List<PiiSinkHit>>();
            private List<IOperation>? operations;
            private int generated; // 0 unknown, 1 no, 2 yes: asked once per block, not once per rule
            private int reads;

            /// <summary>Counts one rule done with the entry; returns how many rules have been.</summary>
            internal int Read() => System.Threading.Interlocked.Increment(ref reads);

            internal bool IsGenerated(OperationBlockAnalysisContext block)
            {
                var known = System.Threading.Volatile.Read(ref generated);
                if (known == 0)
                {
                    known = GeneratedCode.IsGenerated(block.OperationBlocks[0].Syntax, block.Options, block.CancellationToken) ? 2 : 1;
                    System.Threading.Volatile.Write(ref generated, known);
                }

                return known == 2;
            }

            /// <summary>
            /// The block's operations in the order the driver hands them to operation actions (its operationsToAnalyze):
            /// each block's DescendantsAndSelf, a C# method's or constructor's body walked once from its
            /// IMethodBodyOperation / IConstructorBodyOperation root (so a constructor initializer is included).
            /// </summary>
            internal List<IOperation> Operations(ImmutableArray<IOperation> blocks)
            {
                lock (byOperation)
                {
                    if (operations != null)
                    {
                        return operations;
                    }
                }

                var list = new List<IOperation>();
                var roots = new HashSet<IOperation>();
                foreach (var block in blocks)
                {
                    var root = block.Parent != null && (block.Parent.Kind == OperationKind.MethodBody || block.Parent.Kind == OperationKind.ConstructorBody)
                        ? block.Parent
                        : block;
                    if (roots.Add(root))
                    {
                        list.AddRange(root.DescendantsAndSelf());
                    }
                }

                lock (byOperation)
                {
                    return operations ??= list;
                }
            }

            internal List<PiiSinkHit> GetOrAdd(IOperation operation, Func<IOperation, List<PiiSinkHit>> search)
            {
                lock (byOperation)
                {
                    if (byOperation.TryGetValue(operation, out var known))
                    {
                        return known;
                    }
                }

                // Searched outside the lock (as ConditionalWeakTable.GetValue did): two rules asking at once may both
                // search, the first result stored is the one every rule reads.
                var found = search(operation);
                lock (byOperation)
                {
                    if (byOperation.TryGetValue(operation, out var known))
                    {
                        return known;
                    }

                    byOperation.Add(operation, found);
                    return found;
                }
            }
        }

        private static bool[] KindSet(OperationKind[] kinds)
        {
            var max = 0;
            foreach (var k in kinds)
            {
                max = Math.Max(max, (int)k);
            }

            var set = new bool[max + 1];
            foreach (var k in kinds)
            {
                set[(int)k] = true;
            }

            return set;
        }

#pragma warning disable RS1012 // overridden by the inventory rule, which registers symbol actions here
        private protected virtual void RegisterMore(CompilationStartAnalysisContext context, PiiCompilationContext pii)
        {
        }
#pragma warning restore RS1012

        private protected virtual Diagnostic? CreateDiagnostic(PiiSinkHit hit, ISymbol owner, Dictionary<string, int> ordinals, PiiCompilationContext pii)
        {
            if (!hit.HasUnmasked)
            {
                return null;
            }

            var primary = Reported(hit);
            var options = pii.OptionsFor(hit.Node.SyntaxTree);
            var properties = Properties(hit, primary, owner, ordinals, pii, options, Rule.Id, out var additional);
            var at = ReportAt(hit, primary);
            if (at != null)
            {
                additional.Add(hit.Node.GetLocation()); // the sink stays visible
            }

            return Diagnostic.Create(Rule, (at ?? hit.Node).GetLocation(), additional, properties, primary.Symbol, primary.Category.ToToken(), hit.SinkName);
        }

        /// <summary>Where a rule reports other than at the sink (the sink then becomes an additional location); null: at the sink.</summary>
        private protected virtual SyntaxNode? ReportAt(PiiSinkHit hit, PiiFlow reported) => null;

        /// <summary>
        /// The flow a finding names: the surest unmasked one, then the worst (<see cref="PiiSinkHit.Primary"/>'s order).
        /// A log line of a contact's name and mobile is as sure as its mobile alone; naming the name (low: a bare name
        /// word) because it comes first in the line would leave the whole line out of the gate.
        /// </summary>
        internal static PiiFlow Reported(PiiSinkHit hit)
        {
            var best = hit.Primary!;
            var bestSureness = Sureness(PrecisionFor(best, hit.Kind));
            foreach (var f in hit.Flows)
            {
                if (f.Masked != best.Masked)
                {
                    continue;
                }

                var sureness = Sureness(PrecisionFor(f, hit.Kind));
                if (sureness > bestSureness
                    || sureness == bestSureness && (f.Rank > best.Rank || f.Rank == best.Rank && f.Origin.SpanStart < best.Origin.SpanStart))
                {
                    best = f;
                    bestSureness = sureness;
                }
            }

            return best;
        }

        private static int Sureness(string precision) => precision == "high" ? 2 : precision == "medium" ? 1 : 0;

        internal static string SeverityFor(PiiFlow flow, PiiOptions options, bool testProject)
        {
            var severity = flow.Category.IsSensitive() || flow.Classified ? "high" : options.NameMatchedSeverity;
            return testProject ? TestProjectDetector.Lower(severity) : severity;
        }

        // Types whose members describe a person (or a parcel's recipient): a PII name word there meets a person context.
        private static readonly HashSet<string> PersonWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "user", "customer", "patient", "employee", "member", "person", "people", "contact", "account", "student", "teacher", "staff",
            "client", "applicant", "candidate", "buyer", "seller", "owner", "driver", "passenger", "guest", "visitor", "profile", "consignee",
            "recipient", "receiver", "sender", "shipper", "order", "shipping", "delivery", "resident", "citizen", "doctor", "nurse", "tenant",
            "subscriber", "author", "player", "admin", "operator", "manager", "worker", "traveler", "traveller", "holder", "kyc", "identity",
            "register", "registration", "signup", "login", "yonghu", "kehu",
            "guardian", "borrower", "debtor", "beneficiary", "insured", "spouse",
            // a password reset/change request is about the account holder: ConfirmPasswordResetDto.Email is theirs (Kavita)
            "password",
        };

        // Words that name "someone or something": a person of book metadata, an OAuth client application, a post's
        // author. They are a person context only when the type also holds other personal data (contact, identifiers).
        private static readonly HashSet<string> GenericPersonWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "person", "people", "client", "author",
            // a device, encoding or server profile names a configuration (jellyfin's DeviceProfile.Name); a user's
            // profile still says "user"
            "profile",
        };

        /// <summary>
        /// How sure a PII finding is (DECISIONS.md "Precision and context"): a classified member is high; a name word on a
        /// person-like type (Customer.Phone), a template placeholder or an unambiguous word (phone, id card, bank card, e-mail)
        /// is medium; a name word alone — a member of a type that is not about a person (FileSystemInfo.FullName, a vault
        /// item's Identity), or an ambiguous word (name, address, birthday, identity) on a local or parameter
        /// (callerMemberName, imageAddress) — is low, which never gates and is never more than medium severity.
        /// </summary>
        internal static string PrecisionFor(PiiFlow flow, PiiSinkKind? sink = null)
        {
            // An account identifier alone in a log or exception: audit logs must name the account (MLPS/GB/T 22239
            // requires user, event and result), so this is rarely a leak; a phone, e-mail or person's name still is.
            if ((sink == PiiSinkKind.Log || sink == PiiSinkKind.Exception) && flow.IsAccountIdentifier)
            {
                return "low";
            }

            if (flow.Classified)
            {
                return "high";
            }

            if (flow.RawPayload)
            {
                // a request's whole body or form: what the person submitted, named by no member (RawRequestPayload)
                return "medium";
            }

            if (flow.OwnerIsGameAvatar || flow.IsUniqueHandle)
            {
                // a unique account Name (IsNameInUse at sign-up, POPForums) is a screen name, as UserName is
                // IPartyMember.Name with CurrentHealth/MaximumHealth beside it: a game character's or a bot's name (OpenMU)
                return "low";
            }

            var owner = flow.Symbol.LastIndexOf('.');
            if (owner > 0 && NamesMadeUpRecord(flow.Symbol.Substring(0, owner)))
            {
                // DemoUser.Email logged by a demo seeder (dotnet-starter-kit): a fabricated person, not a data subject
                return "low";
            }

            var symbol = flow.Symbol;
            if (sink == PiiSinkKind.Response && flow.OwnerHasOnlyName && IsBareNameMember(symbol))
            {
                // A bare Name whose only person evidence is its type's word (UserDto, ContactArea, CustomerGroup), on a type
                // with no other personal data: the record's display name — an account's login name on a user list, a
                // group's or a topic's name — which the endpoint returns to its clients by design (docs/decisions.md).
                return "low";
            }

            if (symbol.StartsWith("{", StringComparison.Ordinal))
            {
                // A template placeholder names its value: {CustomerName}, {Phone} are medium; an ambiguous word with no
                // person word ({Address} of a network manager, {ParentName} of a library item) is low, as a local is.
                var placeholder = symbol.Trim('{', '}', '@');
                if (flow.Category == PiiCategory.IdNumber && IsBareIdentity(placeholder))
                {
                    // {identity}: a word alone that names an authentication subject or a service as often as a document
                    return "low";
                }

                var words = PiiNameClassifier.Tokenize(placeholder);
                foreach (var word in words)
                {
                    if (PersonWords.Contains(word) && !GenericPersonWords.Contains(word))
                    {
                        return "medium";
                    }
                }

                return IsAmbiguousCategory(flow.Category) ? "low" : "medium";
            }

            var dot = symbol.LastIndexOf('.');
            if (flow.Category == PiiCategory.IdNumber && IsBareIdentity(symbol.Substring(dot + 1)))
            {
                // GetUserIdentity(), ClaimsIdentity, IdentityUser: the account's subject, not an identity-card number
                return "low";
            }

            if (dot > 0)
            {
                foreach (var word in PiiNameClassifier.Tokenize(symbol.Substring(0, dot)))
                {
                    if (PersonWords.Contains(word) && !(flow.OwnerHasOnlyName && GenericPersonWords.Contains(word)))
                    {
                        return "medium";
                    }
                }

                // The member's own name can be the person context (a request's ReceiverPhone, a DTO's PatientName), and an
                // ID card, passport or bank card number is a person's on whatever type holds it (a transfer instruction, a
                // settlement request). A phone or e-mail on a type that is not about a person may be an organisation's.
                if (flow.Category.IsSensitive() || HasMemberPersonQualifier(symbol.Substring(dot + 1)))
                {
                    return "medium";
                }

                // A record that also holds an ID card or passport number is a person's (a borrower, a lodger)
                return flow.OwnerHoldsIdentityDocument ? "medium" : "low";
            }

            var ambiguous = IsAmbiguousCategory(flow.Category) && !HasMemberPersonQualifier(symbol) || PiiNameClassifier.Tokenize(symbol).Contains("identity");
            return ambiguous ? "low" : "medium";
        }

        // Words that make a type's records fabricated people: demo accounts, sample and fake data, seeds.
        private static readonly HashSet<string> MadeUpWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "demo", "sample", "fake", "dummy", "mock", "seed", "seeded", "fixture", "stub",
        };

        /// <summary>A type named for made-up records (<c>DemoUser</c>, <c>SampleCustomer</c>, <c>FakePerson</c>, <c>SeedUser</c>).</summary>
        private static bool NamesMadeUpRecord(string typeName)
        {
            foreach (var word in PiiNameClassifier.Tokenize(typeName))
            {
                if (MadeUpWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Type.Name</c>: the member is the single word "name" (not FullName, RealName, CustomerName).</summary>
        private static bool IsBareNameMember(string symbol)
        {
            var dot = symbol.LastIndexOf('.');
            return dot > 0 && string.Equals(symbol.Substring(dot + 1), "Name", StringComparison.OrdinalIgnoreCase);
        }

        // Words that, inside a member's name, say whose value it is. Account words (user, admin, login) are left out: a
        // settings class's AdminEmail, a mail server's SenderEmail or a company's ContactPhone is not a person's contact.
        private static readonly HashSet<string> MemberPersonQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "patient", "customer", "employee", "student", "teacher", "driver", "passenger", "receiver", "recipient",
            "consignee", "buyer", "guest", "visitor", "applicant", "candidate", "resident", "tenant", "holder",
            // the person who gives, pays or signs: a donation event's DonorMobile, a transfer's PayerName, a contract's
            // SignerMobile (eighteenth session, piimiss)
            "donor", "payer", "signer",
        };

        private static bool HasMemberPersonQualifier(string member)
        {
            foreach (var word in PiiNameClassifier.Tokenize(member.TrimEnd('(', ')')))
            {
                if (MemberPersonQualifiers.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A type or receiver name that speaks of a person (Patient, courier, ownerInfo), generic words (person, client) apart.</summary>
        internal static bool HasPersonWord(string name)
        {
            foreach (var word in PiiNameClassifier.Tokenize(name))
            {
                if (PersonWords.Contains(word) && !GenericPersonWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Name, address and birthday words name many things besides a person (a folder, a bind address, a build date).</summary>
        private static bool IsAmbiguousCategory(PiiCategory category) =>
            category == PiiCategory.Name || category == PiiCategory.Address || category == PiiCategory.Birthday;

        /// <summary>"identity" without card/number/no words: an authentication subject, which says nothing of an ID document.</summary>
        private static bool IsBareIdentity(string member)
        {
            var words = PiiNameClassifier.Tokenize(member.TrimEnd('(', ')'));
            if (!words.Contains("identity"))
            {
                return false;
            }

            foreach (var w in words)
            {
                if (w == "card" || w == "number" || w == "no" || w == "num" || w == "code" || w == "document")
                {
                    return false;
                }
            }

            return true;
        }

        internal static string OwnerName(ISymbol? owner)
        {
            while (owner is IMethodSymbol m && (m.MethodKind == MethodKind.AnonymousFunction || m.MethodKind == MethodKind.LocalFunction))
            {
                owner = owner.ContainingSymbol;
            }

            if (owner == null)
            {
                return "<top-level>";
            }

            var type = owner.ContainingType?.ToDisplayString() ?? string.Empty;
            return type.Length > 0 ? type + "." + owner.Name : owner.Name;
        }

        internal static string Anchor(ISymbol? owner, string key, Dictionary<string, int> ordinals)
        {
            ordinals.TryGetValue(key, out var ordinal);
            ordinals[key] = ordinal + 1;
            return OwnerName(owner) + "/" + key + "#" + ordinal;
        }

        private protected static ImmutableDictionary<string, string?> Properties(PiiSinkHit hit, PiiFlow primary, ISymbol owner, Dictionary<string, int> ordinals,
            PiiCompilationContext pii, PiiOptions options, string ruleId, out List<Location> additional)
        {
            additional = new List<Location> { primary.Origin.GetLocation() };
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            if (primary.Carrier != null)
            {
                additional.Add(primary.Carrier.GetLocation());
                builder[CarrierProperty] = "1";
            }

            builder["compliance.evidence"] = PiiMasking.Snippet(hit.Node.ToString());
            builder["compliance.anchor"] = Anchor(owner, ruleId + ":" + hit.SinkName + ":" + primary.Symbol, ordinals);
            builder["compliance.severity"] = SeverityFor(primary, options, pii.IsTestProject);
            builder["compliance.precision"] = PrecisionFor(primary, hit.Kind);
            builder["compliance.pii.category"] = primary.Category.ToToken();
            builder["compliance.pii.kind"] = "sink";
            builder["compliance.pii.symbol"] = primary.Symbol;
            builder["compliance.pii.sink"] = hit.Kind.ToToken();
            builder["compliance.pii.masked"] = hit.HasUnmasked ? "false" : "true";
            return builder.ToImmutable();
        }
    }
}
