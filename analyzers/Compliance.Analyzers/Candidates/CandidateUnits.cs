using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Compliance.Analyzers.Hashing;
using Compliance.Analyzers.PersonalData.Detection;
using Compliance.Analyzers.Secrets;
using Compliance.Analyzers.Secrets.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>
    /// Splits a syntax tree into units (each member declaration, and the glue between them:
    /// usings, type headers, closing braces, trailing comments) and keeps the units in which some
    /// Compliance analyzer could possibly report, judged from tokens alone: a unit with no
    /// personal-data name, password or secret name, crypto API name, credential sink, classified
    /// member, PII-carrying type, or literal/comment that looks like a secret or personal data
    /// cannot produce a finding, so it is never bound. This is what lets the CLI skip binding most
    /// of a large code base; <see cref="CandidateAnalysis"/> runs the analyzers on the rest.
    /// Every test snippet and sample is checked to give the same findings both ways.
    /// </summary>
    public static class CandidateUnits
    {
        /// <summary>Spans (full spans, merged when adjacent) worth analysing in <paramref name="tree"/>.</summary>
        internal static List<TextSpan> Find(SyntaxTree tree, CandidateVocabulary vocabulary, PiiOptions pii, PasswordNames passwords, CancellationToken ct, out int unitCount, out int candidateCount)
        {
            var root = tree.GetRoot(ct);
            var units = Partition(root);
            unitCount = units.Count;
            var hit = new bool[units.Count];
            var aliases = Aliases(root, vocabulary, pii, passwords);
            var walk = new TokenWalk(units, hit, aliases, vocabulary, pii, passwords, ct);
            walk.Walk(root);
            var secretsAnchor = walk.SecretsAnchor;
            for (var i = 0; i < units.Count; i++)
            {
                // Personal data alone is not enough in a member that no rule can report on without a sink
                // (see Unit.NeedsSink): a method that validates a request or passes it on has nothing to find.
                hit[i] |= walk.PersonalData[i] && (!units[i].NeedsSink || walk.Sink[i]) || walk.PersonalSource[i];
            }

            if (secretsAnchor)
            {
                // A constant flowing into a credential sink is reported where its literal is, which may be
                // a field or property initializer elsewhere in the same file: bind those too.
                for (var i = 0; i < units.Count; i++)
                {
                    if (units[i].HoldsConstants)
                    {
                        hit[i] = true;
                    }
                }
            }

            var spans = new List<TextSpan>();
            candidateCount = 0;
            for (var i = 0; i < units.Count; i++)
            {
                if (!hit[i])
                {
                    continue;
                }

                candidateCount++;
                var span = TextSpan.FromBounds(units[i].Start, units[i].End);
                if (spans.Count > 0 && spans[spans.Count - 1].End == span.Start)
                {
                    spans[spans.Count - 1] = TextSpan.FromBounds(spans[spans.Count - 1].Start, span.End);
                }
                else
                {
                    spans.Add(span);
                }
            }

            return spans;
        }

        /// <summary>
        /// Classifies every token of the tree, unit by unit, walking ChildNodesAndTokens with struct
        /// enumerators: DescendantTokens' iterator machinery cost several times more on large trees.
        /// A unit already known to be a candidate is skipped once a secret sink has been seen (nothing
        /// more can change).
        /// </summary>
        private sealed class TokenWalk
        {
            private readonly List<Unit> units;
            private readonly bool[] hit;
            private readonly HashSet<string>? aliases;
            private readonly CandidateVocabulary vocabulary;
            private readonly PiiOptions pii;
            private readonly PasswordNames passwords;
            private readonly CancellationToken ct;
            private int index;

            public TokenWalk(List<Unit> units, bool[] hit, HashSet<string>? aliases, CandidateVocabulary vocabulary, PiiOptions pii, PasswordNames passwords, CancellationToken ct)
            {
                this.units = units;
                this.hit = hit;
                PersonalData = new bool[units.Count];
                Sink = new bool[units.Count];
                PersonalSource = new bool[units.Count];
                this.aliases = aliases;
                this.vocabulary = vocabulary;
                this.pii = pii;
                this.passwords = passwords;
                this.ct = ct;
            }

            public bool SecretsAnchor { get; private set; }

            /// <summary>Per unit: a token that is personal-data evidence only (<see cref="Hit.PersonalData"/>).</summary>
            public bool[] PersonalData { get; }

            /// <summary>Per unit: a field or property declared with a PII name or classification (a CMP3900 source).</summary>
            public bool[] PersonalSource { get; }

            /// <summary>Per unit: a token shaped like a personal-data sink (<see cref="PiiSinkTokens"/>).</summary>
            public bool[] Sink { get; }

            /// <summary>
            /// Every token under <paramref name="root"/>, in order. An explicit stack, not recursion: generated code
            /// nests expressions tens of thousands deep (a long string concatenation is a left-deep tree), which
            /// would overflow the thread's stack and abort the whole scan.
            /// </summary>
            public void Walk(SyntaxNode root)
            {
                // inUsingName: inside a using directive's names: namespace imports say nothing about the code
                // (every service imports System.Security.Cryptography).
                var stack = new Stack<(ChildSyntaxList.Enumerator Children, bool InUsingName)>();
                stack.Push((root.ChildNodesAndTokens().GetEnumerator(), false));
                while (stack.Count > 0)
                {
                    var (children, inUsingName) = stack.Pop();
                    if (!children.MoveNext())
                    {
                        continue;
                    }

                    stack.Push((children, inUsingName)); // the rest of this node's children, after the current one
                    var parent = children.Current.Parent;
                    var underUsing = inUsingName || parent is UsingDirectiveSyntax;
                    if (children.Current.IsToken)
                    {
                        Token(children.Current.AsToken(), underUsing);
                        continue;
                    }

                    var n = children.Current.AsNode()!;
                    if (SecretsAnchor && hit[index] && n.FullSpan.Start >= units[index].Start && n.FullSpan.End <= units[index].End)
                    {
                        continue; // inside a unit that is already a candidate
                    }

                    stack.Push((n.ChildNodesAndTokens().GetEnumerator(),
                        underUsing && !(n is MemberDeclarationSyntax || n is StatementSyntax || n is ExpressionSyntax && !(n is NameSyntax))));
                }
            }

            private void Token(SyntaxToken token, bool inUsingName)
            {
                var start = token.SpanStart;
                if (index + 1 < units.Count && start >= units[index + 1].Start)
                {
                    ct.ThrowIfCancellationRequested();
                    while (index + 1 < units.Count && start >= units[index + 1].Start)
                    {
                        index++;
                    }
                }

                if ((!hit[index] || !SecretsAnchor) && !(inUsingName && token.IsKind(SyntaxKind.IdentifierToken)))
                {
                    var kind = aliases != null && token.IsKind(SyntaxKind.IdentifierToken) && aliases.Contains(token.ValueText)
                        ? Hit.SecretSink
                        : Classify(token, vocabulary, pii, passwords);
                    if (kind == Hit.PersonalData)
                    {
                        PersonalData[index] = true;
                        PersonalSource[index] |= units[index].IsSourceDeclaration && IsDeclaredName(token)
                                                  && (IsPiiName(token.ValueText, pii) || vocabulary.IsClassifiedMember(token.ValueText));
                    }
                    else if (kind != Hit.None)
                    {
                        hit[index] = true;
                        SecretsAnchor |= kind == Hit.SecretSink;
                    }

                    if (!hit[index] && !Sink[index] && units[index].NeedsSink && PiiSinkTokens.IsSink(token, vocabulary))
                    {
                        Sink[index] = true;
                    }
                }

                // Structured trivia (doc comments, directives) is looked at as text in CheckTrivia, not token by token.
                if (token.HasLeadingTrivia)
                {
                    foreach (var trivia in token.LeadingTrivia)
                    {
                        CheckTrivia(trivia, units, hit);
                    }
                }

                if (token.HasTrailingTrivia)
                {
                    foreach (var trivia in token.TrailingTrivia)
                    {
                        CheckTrivia(trivia, units, hit);
                    }
                }
            }
        }

        internal enum Hit
        {
            None,
            Any,
            SecretSink,

            /// <summary>Personal data (a PII name, a PII-carrying type, a {Phone} placeholder) and nothing else.</summary>
            PersonalData,
        }

        /// <summary>The name a field or property declaration declares.</summary>
        private static bool IsDeclaredName(SyntaxToken token) =>
            token.Parent is VariableDeclaratorSyntax declarator && declarator.Identifier == token
            || token.Parent is PropertyDeclarationSyntax property && property.Identifier == token;

        private readonly struct Unit
        {
            public Unit(int start, int end, bool holdsConstants, bool needsSink = false, bool isSourceDeclaration = false)
            {
                Start = start;
                End = end;
                HoldsConstants = holdsConstants;
                NeedsSink = needsSink || isSourceDeclaration;
                IsSourceDeclaration = isSourceDeclaration;
            }

            /// <summary>
            /// A field or property: the only report on it without a sink in it is CMP3900's source entry, which needs its own
            /// name to be PII (or a classification attribute); a PII-carrying type alone (<c>List&lt;Customer&gt; _rows</c>) is not one.
            /// </summary>
            public bool IsSourceDeclaration { get; }

            public int Start { get; }
            public int End { get; }
            public bool HoldsConstants { get; }

            /// <summary>
            /// A method, constructor or operator of a type that cannot be a controller: personal data in it can only be
            /// reported where it reaches a sink (log, throw, file, telemetry — <see cref="PiiSinkTokens"/>); returning it is no
            /// response and the member is no endpoint (CMP4001). Members of possible controllers never need one; fields and
            /// properties need one unless they declare a PII name themselves (<see cref="IsSourceDeclaration"/>).
            /// </summary>
            public bool NeedsSink { get; }
        }

        /// <summary>Leaf members by full span, and the gaps between them, in order; together they cover the file.</summary>
        private static List<Unit> Partition(SyntaxNode root)
        {
            var leaves = new List<SyntaxNode>();
            Collect(root, leaves);
            var units = new List<Unit>();
            var pos = root.FullSpan.Start;
            foreach (var leaf in leaves)
            {
                if (leaf.FullSpan.Start > pos)
                {
                    units.Add(new Unit(pos, leaf.FullSpan.Start, false));
                }

                var holds = leaf is FieldDeclarationSyntax || (leaf is PropertyDeclarationSyntax p && (p.Initializer != null || p.ExpressionBody != null));
                var needsSink = leaf is BaseMethodDeclarationSyntax && leaf.Parent is TypeDeclarationSyntax owner && !MaybeController(owner);
                units.Add(new Unit(leaf.FullSpan.Start, leaf.FullSpan.End, holds, needsSink, leaf is FieldDeclarationSyntax || leaf is PropertyDeclarationSyntax));
                pos = leaf.FullSpan.End;
            }

            if (pos < root.FullSpan.End || units.Count == 0)
            {
                units.Add(new Unit(pos, root.FullSpan.End, false));
            }

            return units;
        }

        /// <summary>
        /// Whether the type could be a controller (AuthorizationModel.IsController, PiiResponseSinks): one with a base type,
        /// an attribute, another partial part that may have either, or a name ending in Controller. A type with none of these
        /// derives from object and carries no [ApiController].
        /// </summary>
        private static bool MaybeController(TypeDeclarationSyntax type)
        {
            if (type.BaseList != null || type.AttributeLists.Count > 0 || type.Identifier.ValueText.EndsWith("Controller", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var modifier in type.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.PartialKeyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Collect(SyntaxNode node, List<SyntaxNode> leaves)
        {
            foreach (var child in node.ChildNodes())
            {
                switch (child)
                {
                    case BaseNamespaceDeclarationSyntax _:
                    case TypeDeclarationSyntax _:
                        Collect(child, leaves);
                        break;
                    case MemberDeclarationSyntax _:
                        // methods, constructors, properties, fields, events, indexers, operators, enums, delegates, global statements
                        leaves.Add(child);
                        break;
                }
            }
        }

        /// <summary>using X = System.Security.Cryptography.MD5; makes X as telling as what it names.</summary>
        private static HashSet<string>? Aliases(SyntaxNode root, CandidateVocabulary vocabulary, PiiOptions pii, PasswordNames passwords)
        {
            HashSet<string>? aliases = null;
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax u && u.Alias != null)
                {
                    foreach (var token in u.DescendantTokens())
                    {
                        if (token.Parent != u.Alias.Name && Classify(token, vocabulary, pii, passwords) != Hit.None)
                        {
                            (aliases ??= new HashSet<string>(StringComparer.Ordinal)).Add(u.Alias.Name.Identifier.ValueText);
                            break;
                        }
                    }
                }
            }

            return aliases;
        }

        private static void CheckTrivia(SyntaxTrivia trivia, List<Unit> units, bool[] hit)
        {
            if (!(trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia)
                  || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)))
            {
                return;
            }

            var text = trivia.ToFullString();
            if (text.Length >= 8 && (KnownTokens.Find(text).Count > 0 || ConnectionStrings.FindUriCredentials(text).Count > 0))
            {
                var i = UnitOf(units, trivia.SpanStart);
                hit[i] = true;
            }
        }

        private static int UnitOf(List<Unit> units, int position)
        {
            int lo = 0, hi = units.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (units[mid].Start <= position)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return lo;
        }

        private static Hit Classify(SyntaxToken token, CandidateVocabulary vocabulary, PiiOptions pii, PasswordNames passwords)
        {
            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken:
                    if (IsRawPayloadRead(token))
                    {
                        return Hit.PersonalData; // a request's body or form read whole (PersonalData/Flow/RawRequestPayload)
                    }

                    if (SinkShapes.HeaderMethods.Contains(token.ValueText))
                    {
                        return ClassifyIdentifier(token, vocabulary, pii, passwords);
                    }

                    if (token.ValueText == "Message" && IsExceptionMessage(token))
                    {
                        return Hit.PersonalData; // ex.Message: may carry what a throw elsewhere put in it (PersonalData/Flow/PersonalExceptionMessages)
                    }

                    // identifiers repeat a lot: classify each distinct one once per options
                    var cache = vocabulary.IdentifierCache(pii, passwords);
                    if (!cache.TryGetValue(token.ValueText, out var known))
                    {
                        known = ClassifyIdentifier(token, vocabulary, pii, passwords);
                        cache.TryAdd(token.ValueText, known);
                    }

                    return known;
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    if (token.ValueText.IndexOf('{') >= 0 && TemplateNamesPii(token.ValueText, pii))
                    {
                        return Hit.PersonalData; // a message template placeholder ({Mobile}) names what is logged
                    }

                    if (!vocabulary.LiteralCache.TryGetValue(token.ValueText, out var sensitive))
                    {
                        sensitive = LooksSensitive(token.ValueText);
                        vocabulary.LiteralCache.TryAdd(token.ValueText, sensitive);
                    }

                    return sensitive ? Hit.Any : Hit.None;
                case SyntaxKind.NumericLiteralToken:
                    if (token.Value is int n && n == 256 && IsStateSize(token.Parent?.Parent))
                    {
                        return Hit.Any; // a 256-entry state: RC4 written by hand (Hashing/HandWrittenRc4) whatever its names
                    }

                    var digits = Convert.ToString(token.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                    return digits.Length >= 6 && PiiLiteralScanner.Find(digits).Count > 0 ? Hit.Any : Hit.None;
                case SyntaxKind.NewKeyword when token.Parent is ImplicitObjectCreationExpressionSyntax implicitNew && implicitNew.ArgumentList.Arguments.Count > 0:
                    // new(...) names no type: it may construct a credential sink
                    return Hit.SecretSink;
                default:
                    return Hit.None;
            }
        }

        /// <summary><c>ex.Message</c>, <c>context.Exception.Message</c>, <c>feature?.Error?.Message</c>: a receiver named as an exception.</summary>
        private static bool IsExceptionMessage(SyntaxToken token)
        {
            ExpressionSyntax? receiver = null;
            if (token.Parent is IdentifierNameSyntax name)
            {
                if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
                {
                    receiver = access.Expression;
                }
                else if (name.Parent is MemberBindingExpressionSyntax binding)
                {
                    for (SyntaxNode? p = binding.Parent; p != null; p = p.Parent)
                    {
                        if (p is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull.Span.Contains(binding.Span))
                        {
                            receiver = conditional.Expression;
                            break;
                        }
                    }
                }
            }

            var receiverName = receiver switch
            {
                MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
                IdentifierNameSyntax i => i.Identifier.ValueText,
                ConditionalAccessExpressionSyntax c when c.WhenNotNull is MemberBindingExpressionSyntax b2 => b2.Name.Identifier.ValueText,
                _ => null,
            };
            if (receiverName == null)
            {
                return false;
            }

            var lower = receiverName.TrimStart('_').ToLowerInvariant();
            return lower == "e" || lower == "ex" || lower == "exc" || lower == "err" || lower.EndsWith("error", StringComparison.Ordinal)
                   || lower.EndsWith("exception", StringComparison.Ordinal) || lower.EndsWith("ex", StringComparison.Ordinal) && lower.Length <= 4;
        }

        /// <summary>ReadToEnd(Async), ReadFormAsync, ReadAsStringAsync, or a member access's <c>.Form</c> (not WinForms' Form type).</summary>
        private static bool IsRawPayloadRead(SyntaxToken token)
        {
            switch (token.ValueText)
            {
                case "ReadToEnd":
                case "ReadToEndAsync":
                case "ReadFormAsync":
                case "ReadAsStringAsync":
                    return true;
                case "Form":
                    return token.Parent is IdentifierNameSyntax name && name.Parent is MemberAccessExpressionSyntax access && access.Name == name;
                default:
                    return false;
            }
        }

        /// <summary>256 as a size or bound (<c>new byte[256]</c>, <c>Range(0, 256)</c>, <c>i &lt; 256</c>, <c>% 256</c>), not in arithmetic such as <c>b * 256</c>.</summary>
        private static bool IsStateSize(SyntaxNode? parent) =>
            parent is ArrayRankSpecifierSyntax || parent is ArgumentSyntax
            || parent is BinaryExpressionSyntax binary && (binary.IsKind(SyntaxKind.LessThanExpression) || binary.IsKind(SyntaxKind.ModuloExpression));

        private static Hit ClassifyIdentifier(SyntaxToken token, CandidateVocabulary vocabulary, PiiOptions pii, PasswordNames passwords)
        {
            var name = token.ValueText;
            if (SinkShapes.CtorTypeNames.Contains(name) || SinkShapes.MemberNames.Contains(name) || SinkShapes.ConnectionStringMethods.ContainsKey(name)
                || SinkShapes.CredentialMethods.Contains(name) || SinkShapes.KeyArgumentMethods.Contains(name) || SinkShapes.AuthHeaderNames.Contains(name)
                || SinkShapes.MailAuthenticateMethods.Contains(name)
                || SecretNames.IsSecretName(name) || SinkShapes.IsCipherWord(name))
            {
                return Hit.SecretSink;
            }

            if (SinkShapes.HeaderMethods.Contains(name) && token.Parent?.Parent?.Parent is InvocationExpressionSyntax inv && inv.ArgumentList.Arguments.Count == 2)
            {
                // headers.Add(name, value): the header name may be a constant declared anywhere
                return Hit.SecretSink;
            }

            // "…Seed" constants: a TOTP seed is a secret when its value looks generated (CSharpSecretFinder.IsConstantSalt)
            if (IsCryptoName(name) || name.EndsWith("seed", StringComparison.OrdinalIgnoreCase) || passwords.IsPassword(name) || passwords.IsPasswordMethod(name) || CandidateRuleNames.Contains(name) || vocabulary.IsSecretConstant(name))
            {
                return Hit.Any;
            }

            if (IsPiiName(name, pii) || vocabulary.Contains(name))
            {
                return Hit.PersonalData;
            }

            return Hit.None;
        }

        /// <summary>A message template with a placeholder named like personal data ("sent to {Mobile}").</summary>
        internal static bool TemplateNamesPii(string template, PiiOptions pii)
        {
            foreach (var (name, _) in PersonalData.Flow.PiiSinkFinder.TemplateNames(template))
            {
                if (name != null && IsPiiName(name, pii))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Permissive on purpose: a person-like context ("Customer") makes a bare Name or Address count.</summary>
        internal static bool IsPiiName(string name, PiiOptions options) => options.Names.TryClassify(name, "Customer", out _);

        // Types and members of the crypto APIs the hashing rules look at (System.Security.Cryptography,
        // ASP.NET Core Identity/KeyDerivation, BouncyCastle, BCrypt.Net, Konscious Argon2), by word.
        private static readonly string[] CryptoWords =
        {
            "md4", "md5", "sha1", "sha", "ripemd", "hmac", "hash", "crypt", "digest", "pbkdf", "rfc2898", "derive", "argon",
            "rijndael", "cipher", "ecb", "symmetric", "des", "rc2", "rc4", "aes", "salt", "iteration", "workfactor",
        };

        private static readonly HashSet<string> CryptoExact = new HashSet<string>(StringComparer.Ordinal)
        {
            "Key", "IV", "Mode", "Create", "CreateFromName", "Sign", "Verify", "AppendData", "TransformBlock", "TransformFinalBlock",
            "DES", "RC2", "RC4", "Aes", "MemorySize", "CompatibilityMode",
        };

        private static bool IsCryptoName(string name)
        {
            if (CryptoExact.Contains(name))
            {
                return true;
            }

            foreach (var word in CryptoWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 && (word.Length > 3 || WordAt(name, word)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Short words (sha, des, aes, rc2…) count only as a camel/snake word of their own, digits allowed after: "Aes", "SHA256", "TripleDES", not "Shard" or "Modes".</summary>
        private static bool WordAt(string name, string word)
        {
            var start = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                var boundary = i == name.Length || !char.IsLetterOrDigit(name[i])
                               || (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
                               || (char.IsUpper(name[i]) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]));
                if (!boundary)
                {
                    continue;
                }

                var part = name.Substring(start, i - start).TrimStart('_');
                if (part.Length >= word.Length && string.Compare(part, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    var rest = part.Substring(word.Length);
                    var digitsOnly = true;
                    foreach (var c in rest)
                    {
                        digitsOnly &= char.IsDigit(c) || c == '_';
                    }

                    if (digitsOnly)
                    {
                        return true;
                    }
                }

                start = i < name.Length && !char.IsLetterOrDigit(name[i]) ? i + 1 : i;
            }

            return false;
        }

        /// <summary>A literal or comment text that any rule could report or that names a secret/PII shape.</summary>
        private static bool LooksSensitive(string value)
        {
            if (value.Length >= 8 && (KnownTokens.Find(value).Count > 0 || ConnectionStrings.FindPasswords(value).Count > 0 || ConnectionStrings.FindUriCredentials(value).Count > 0
                                      || ConnectionStrings.LooksLikeConnectionString(value)))
            {
                return true;
            }

            if (UrlQueryCredentials.Find(value) != null)
            {
                return true;
            }

            if (value.IndexOf("{@", StringComparison.Ordinal) >= 0)
            {
                return true; // a destructured log argument: its members may be personal data
            }

            if (Secrets.Detection.SecretNames.IsSecretName(value) || SinkShapes.AuthHeaderNames.Contains(value))
            {
                return true;
            }

            return value.Length >= 5 && PiiLiteralScanner.Find(value).Count > 0;
        }
    }
}
