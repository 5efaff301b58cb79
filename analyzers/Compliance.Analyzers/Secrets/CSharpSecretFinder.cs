using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Compliance.Analyzers.Common;
using Compliance.Analyzers.Secrets.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>One secret in C# code: where it is, which rule wins there, and message arguments free of the value.</summary>
    internal sealed class CSharpSecretFinding
    {
        public CSharpSecretFinding(string ruleId, Location location, object[] args, string anchor, string evidence, string configKey, string? precision = null)
        {
            Precision = precision;
            RuleId = ruleId;
            Location = location;
            Args = args;
            Anchor = anchor;
            Evidence = evidence;
            ConfigKey = configKey;
        }

        public string RuleId { get; }
        public Location Location { get; }
        public object[] Args { get; }
        public string Anchor { get; }
        public string Evidence { get; }

        /// <summary>A configuration key name for the code fix ("Secrets:DbPassword").</summary>
        public string ConfigKey { get; }

        /// <summary>Overrides the rule's precision ("low" for a secret name compared with a word); null keeps the rule's.</summary>
        public string? Precision { get; }
    }

    /// <summary>
    /// Finds every secret in a C# syntax tree once, for all four C# secret rules, and keeps one finding per location:
    /// known token (CMP1003) &gt; credential sink (CMP1001) &gt; connection string (CMP1004) &gt; secret-named symbol (CMP1002).
    /// Each analyzer reports only its own id from this shared result, cached per semantic model.
    /// </summary>
    internal static class CSharpSecretFinder
    {
        private static readonly ConditionalWeakTable<SemanticModel, IReadOnlyList<CSharpSecretFinding>> Cache =
            new ConditionalWeakTable<SemanticModel, IReadOnlyList<CSharpSecretFinding>>();

        private static int Priority(string id) => id switch
        {
            RuleIdentifiers.KnownTokenFormat => 4,
            RuleIdentifiers.HardcodedCredentialInSink => 3,
            RuleIdentifiers.ConnectionStringWithPassword => 2,
            _ => 1,
        };

        public static IReadOnlyList<CSharpSecretFinding> Find(SemanticModel model, CancellationToken ct)
        {
            if (Cache.TryGetValue(model, out var cached))
            {
                return cached;
            }

            var result = Compute(model, ct);
            try
            {
                Cache.Add(model, result);
            }
            catch (ArgumentException)
            {
                // another analyzer computed it concurrently: same result
            }

            return result;
        }

        private sealed class Candidate
        {
            public string RuleId = string.Empty;
            public TextSpan Span;
            public SyntaxNode? Node;
            public object[] Args = Array.Empty<object>();
            public int ValueLength;
            public string Hint = "Secret";
            public string? Precision;
        }

        private static IReadOnlyList<CSharpSecretFinding> Compute(SemanticModel model, CancellationToken ct)
        {
            var tree = model.SyntaxTree;
            var root = tree.GetRoot(ct);
            var best = new Dictionary<TextSpan, Candidate>();

            void Offer(Candidate c)
            {
                if (!best.TryGetValue(c.Span, out var existing) || Priority(c.RuleId) > Priority(existing.RuleId))
                {
                    best[c.Span] = c;
                }
            }

            foreach (var node in root.DescendantNodes())
            {
                ct.ThrowIfCancellationRequested();
                switch (node)
                {
                    case LiteralExpressionSyntax lit when lit.IsKind(SyntaxKind.StringLiteralExpression) || lit.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                        ScanString(lit.Token.ValueText, lit, Offer);
                        CheckBasicCredential(lit, Offer);
                        CheckHeaderLine(lit, Offer);
                        break;
                    case InterpolatedStringExpressionSyntax interp:
                        ScanInterpolated(interp, Offer);
                        break;
                    case BaseObjectCreationExpressionSyntax _:
                    case InvocationExpressionSyntax _:
                    case AssignmentExpressionSyntax _:
                        foreach (var sink in SinkShapes.Match(node, model, ct))
                        {
                            CheckSink(sink, model, ct, Offer);
                        }

                        break;
                    case TupleExpressionSyntax tuple:
                        CheckPairs(tuple.Arguments.Select(a => a.Expression), model, ct, Offer);
                        CheckTupleElementNames(tuple, model, ct, Offer);
                        break;
                    case ArgumentListSyntax list:
                        CheckPairs(list.Arguments.Select(a => a.Expression), model, ct, Offer);
                        break;
                    case InitializerExpressionSyntax init when !init.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                        // new[] { id, secret }, new Options { AccessKeyId = id, AccessKeySecret = secret }, { ["SecretId"] = id, ["SecretKey"] = secret }
                        CheckPairs(init.Expressions.Select(x => x is AssignmentExpressionSyntax a ? a.Right : x), model, ct, Offer);
                        break;
                    case CollectionExpressionSyntax coll:
                        CheckPairs(coll.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression), model, ct, Offer);
                        break;
                }

                CheckSecretName(node, model, ct, Offer);
            }

            // Comments and disabled text are trivia; documentation comments keep their text in tokens. One iterative walk
            // over every token (those inside structured trivia too) and its trivia sees both: two walks (DescendantTrivia,
            // DescendantTokens) were the finder's largest cost in a build (perf4). No recursive walker: a 200,000-term
            // expression must not exhaust the stack.
            foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
            {
                if (token.IsKind(SyntaxKind.XmlTextLiteralToken) && token.Text.Length >= 8)
                {
                    ScanComment(token.Text, token.SpanStart, Offer);
                }

                if (token.HasLeadingTrivia)
                {
                    ScanCommentTrivia(token.LeadingTrivia, Offer);
                }

                if (token.HasTrailingTrivia)
                {
                    ScanCommentTrivia(token.TrailingTrivia, Offer);
                }
            }

            var text = tree.GetText(ct);
            var findings = new List<CSharpSecretFinding>();
            var all = best.Values.ToList();
            foreach (var c in all.OrderBy(c => c.Span.Start).ThenBy(c => c.RuleId, StringComparer.Ordinal))
            {
                if (all.Any(o => o != c && Nested(o.Span, c.Span) && (Priority(o.RuleId) > Priority(c.RuleId) || (Priority(o.RuleId) == Priority(c.RuleId) && o.Span.Contains(c.Span)))))
                {
                    continue; // the same secret seen through a larger (or more specific) expression
                }

                var location = Location.Create(tree, c.Span);
                var anchor = Anchor(c, root);
                var evidence = Evidence(text, c.Span, c.ValueLength);
                findings.Add(new CSharpSecretFinding(c.RuleId, location, c.Args, anchor, evidence, ConfigKey(c, root), c.Precision));
            }

            return findings;
        }

        private static void ScanCommentTrivia(SyntaxTriviaList list, Action<Candidate> offer)
        {
            foreach (var trivia in list)
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                {
                    ScanComment(trivia.ToString(), trivia.SpanStart, offer);
                }
            }
        }

        private static bool Nested(TextSpan a, TextSpan b) => a != b && (a.Contains(b) || b.Contains(a));

        // ---- CMP1003 / CMP1004 on literals, interpolations and comments ----

        private static readonly BilingualString StringPlace = new BilingualString("string constant", "字符串常量");
        private static readonly BilingualString CommentPlace = new BilingualString("comment", "注释");

        private static void ScanString(string value, SyntaxNode holder, Action<Candidate> offer)
        {
            if (value.Length < 8)
            {
                return;
            }

            var tokens = KnownTokens.Find(value);
            if (tokens.Count > 0)
            {
                var t = tokens[0];
                offer(new Candidate
                {
                    RuleId = RuleIdentifiers.KnownTokenFormat, Span = holder.Span, Node = holder, ValueLength = value.Length,
                    Args = new object[] { new BilingualString(t.Kind, t.KindZh), t.Masked, StringPlace },
                });
                return;
            }

            var cs = ConnectionStrings.FindPasswords(value).Concat(ConnectionStrings.FindUriCredentials(value)).FirstOrDefault();
            if (cs != null)
            {
                offer(new Candidate
                {
                    RuleId = RuleIdentifiers.ConnectionStringWithPassword, Span = holder.Span, Node = holder, ValueLength = value.Length, Hint = "ConnectionString",
                    Args = new object[] { new BilingualString(cs.Kind, cs.KindZh), SecretMask.Mask(string.Empty, cs.Length) },
                });
                return;
            }

            var query = UrlQueryCredentials.Find(value);
            if (query != null)
            {
                // "https://restapi.amap.com/v3/ip?key=3f…": the parameter names the secret, the value is random
                offer(new Candidate
                {
                    RuleId = RuleIdentifiers.SecretNamedSymbolAssignedConstant, Span = holder.Span, Node = holder, ValueLength = value.Length, Hint = query.Name,
                    Args = new object[] { query.Name, SecretMask.Mask(string.Empty, query.Length), "secret" },
                });
            }
        }

        private static void ScanInterpolated(InterpolatedStringExpressionSyntax interp, Action<Candidate> offer)
        {
            var sb = new StringBuilder();
            foreach (var content in interp.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    var value = text.TextToken.ValueText;
                    var tokens = KnownTokens.Find(value);
                    if (tokens.Count > 0 && text.TextToken.Text == value)
                    {
                        // no escapes: source text equals the value, so the token itself can be pointed at
                        ScanComment(value, text.SpanStart, offer, StringPlace);
                    }
                    else if (tokens.Count > 0)
                    {
                        ScanString(value, text, offer);
                    }

                    sb.Append(value);
                }
                else
                {
                    // a hole is a runtime value: "${hole}" is a placeholder to the detectors
                    sb.Append("${hole}");
                }
            }

            var combined = sb.ToString();
            if (KnownTokens.Find(combined).Count == 0)
            {
                ScanString(combined, interp, offer);
            }
        }

        private static void ScanComment(string text, int start, Action<Candidate> offer, BilingualString? place = null)
        {
            // A URI with credentials in a comment (IoTSharp's //amqp://guest:guest@localhost:5672 above the code that reads the
            // URI from configuration) is a sample, as a commented-out connection string in a configuration file is: low
            // precision. Provider tokens keep theirs: their shape proves a real key whatever surrounds it.
            var uriPrecision = place == null ? "low" : null;
            place ??= CommentPlace;
            if (text.Length < 8)
            {
                return;
            }

            foreach (var t in KnownTokens.Find(text))
            {
                offer(new Candidate
                {
                    RuleId = RuleIdentifiers.KnownTokenFormat, Span = new TextSpan(start + t.Index, t.Length), ValueLength = t.Length,
                    Args = new object[] { new BilingualString(t.Kind, t.KindZh), t.Masked, place },
                });
            }

            foreach (var s in ConnectionStrings.FindUriCredentials(text))
            {
                offer(new Candidate
                {
                    RuleId = RuleIdentifiers.ConnectionStringWithPassword, Span = new TextSpan(start + s.Index, s.Length), ValueLength = s.Length,
                    Args = new object[] { new BilingualString(s.Kind, s.KindZh), SecretMask.Mask(string.Empty, s.Length) },
                    Precision = uriPrecision,
                });
            }
        }

        // ---- CMP1001: constants flowing into credential sinks ----

        private static void CheckSink(SinkMatch sink, SemanticModel model, CancellationToken ct, Action<Candidate> offer)
        {
            var value = ConstantResolver.Resolve(sink.Value, model, ct);
            if (value == null)
            {
                return;
            }

            if (!value.IsBytes)
            {
                var text = value.Text;
                if (sink.Kind == SinkValueKind.ConnectionString)
                {
                    if (ConnectionStrings.FindPasswords(text).Count == 0 && ConnectionStrings.FindUriCredentials(text).Count == 0)
                    {
                        return; // Integrated Security, a password-less URI: nothing secret
                    }
                }
                else
                {
                    var credential = StripAuthScheme(text);
                    if (credential.Length == 0 || Placeholders.IsPlaceholder(credential) || SecretNames.IsPromptOrMessage(credential) || RegexDefaults.SafeMatch(AuthChallenge, credential).Success)
                    {
                        return;
                    }
                }
            }

            var holder = value.Holder.SyntaxTree == model.SyntaxTree ? value.Holder : sink.Value;
            if (sink.Value.Span.Contains(holder.Span) && holder.SyntaxTree == sink.Value.SyntaxTree && UsesSecretNamedConstant(sink.Value, model, ct))
            {
                return; // reported at the constant's declaration
            }

            var kind = sink.Kind switch
            {
                SinkValueKind.Password => new BilingualString("password", "密码"),
                SinkValueKind.Key => new BilingualString("key", "密钥"),
                SinkValueKind.ClientSecret => new BilingualString("client secret", "客户端密钥"),
                SinkValueKind.ConnectionString => new BilingualString("connection string with a password", "含密码的连接字符串"),
                _ => new BilingualString("credential", "凭据"),
            };
            offer(new Candidate
            {
                RuleId = RuleIdentifiers.HardcodedCredentialInSink, Span = holder.Span, Node = holder, ValueLength = value.IsBytes ? holder.Span.Length : value.Text.Length,
                Hint = sink.Hint,
                Args = new object[] { kind, value.IsBytes ? value.Text : SecretMask.Mask(string.Empty, value.Text.Length), sink.SinkName },
                // an IV is not secret: a constant one is a weakness, but less sure to be a leaked credential than a key
                Precision = string.Equals(sink.Hint, "IV", StringComparison.OrdinalIgnoreCase) ? "medium" : null,
            });
        }

        // realm="jobs", charset="UTF-8": a WWW-Authenticate challenge's parameters (new AuthenticationHeaderValue("Basic",
        // "realm=\"jobs\"") answers a 401), not a credential. These literal patterns are bounded in time like every text
        // pattern (RegexDefaults): a hostile literal cannot stall a build, a timeout reads as no match.
        private static readonly System.Text.RegularExpressions.Regex AuthChallenge = RegexDefaults.Create(
            @"^(?:realm|charset|scope|error|error_description)=""[^""]*""(?:[ \t]*,[ \t]*[A-Za-z_]+=""[^""]*"")*$");

        // "ops-bot:S3cret!": a user name, one colon, a password without spaces.
        private static readonly System.Text.RegularExpressions.Regex UserColonPassword = RegexDefaults.Create(
            @"^[A-Za-z0-9._@+-]{2,64}:(?<password>[^\s:]{4,128})$");

        /// <summary>
        /// Convert.ToBase64String(Encoding.ASCII.GetBytes("ops-bot:S3cret!")) sent as HTTP Basic authorization: the literal
        /// is a user name and its password. Evidence is the shape (user:password bytes turned into Base64) plus the word
        /// "Basic" in the same statement or in a statement that uses the local holding the encoded value; Base64 of a
        /// "tenant:region" pair for anything else is not reported.
        /// </summary>
        private static void CheckBasicCredential(LiteralExpressionSyntax literal, Action<Candidate> offer)
        {
            var text = literal.Token.ValueText;
            var m = RegexDefaults.SafeMatch(UserColonPassword, text);
            if (!m.Success || !(literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax getBytes } }) ||
                SinkShapes.MethodName(getBytes) != "GetBytes" ||
                !(getBytes.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax toBase64 } }) ||
                SinkShapes.MethodName(toBase64) != "ToBase64String")
            {
                return;
            }

            var password = m.Groups["password"].Value;
            if (Placeholders.IsPlaceholder(text) || Placeholders.IsPlaceholder(password) || !SecretNames.IsPlausibleSecretValue(password, "password") ||
                !SaysBasic(toBase64))
            {
                return;
            }

            offer(new Candidate
            {
                RuleId = RuleIdentifiers.HardcodedCredentialInSink, Span = literal.Span, Node = literal, ValueLength = text.Length, Hint = "password",
                Args = new object[] { new BilingualString("password", "密码"), SecretMask.Mask(string.Empty, text.Length), "HTTP Basic authorization" },
            });
        }

        // "X-HX-AppSecret: 6a1f…": one header line, name and value
        private static readonly System.Text.RegularExpressions.Regex HeaderLine = RegexDefaults.Create(
            @"^[ \t]*(?<name>[A-Za-z][A-Za-z0-9_-]{1,47}):[ \t]*(?<value>\S(?:.*\S)?)[ \t]*$");

        /// <summary>
        /// A string that is a whole header line with a credential header's name and a random value: Refit's
        /// <c>[Headers("X-HX-AppSecret: 6a1f…")]</c>, a raw request's <c>"X-Api-Key: …"</c>. The value is the
        /// credential (as in a header collection's Add); the span is the literal, the length the value's.
        /// </summary>
        private static void CheckHeaderLine(LiteralExpressionSyntax literal, Action<Candidate> offer)
        {
            var text = literal.Token.ValueText;
            if (text.Length < 20 || text.Length > 600 || text.IndexOf(':') < 0)
            {
                return;
            }

            var m = RegexDefaults.SafeMatch(HeaderLine, text);
            if (!m.Success || m.Groups["name"].Value.IndexOf('-') < 0 || !CredentialHeaders.IsCredentialHeaderName(m.Groups["name"].Value)
                || !CredentialHeaders.IsRandomCredentialValue(m.Groups["value"].Value))
            {
                return;
            }

            var value = m.Groups["value"].Value;
            offer(new Candidate
            {
                RuleId = RuleIdentifiers.HardcodedCredentialInSink, Span = literal.Span, Node = literal, ValueLength = value.Length, Hint = "Token",
                Args = new object[] { new BilingualString("credential", "凭据"), SecretMask.Mask(string.Empty, value.Length), "header " + m.Groups["name"].Value },
            });
        }

        /// <summary>"Basic" in the statement that encodes the pair, or in a later statement of the block that uses the local holding it.</summary>
        private static bool SaysBasic(SyntaxNode encoded)
        {
            static bool HasBasicWord(SyntaxNode scope) => scope.DescendantTokens().Any(t =>
                (t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken)) &&
                (t.ValueText.Trim().Equals("Basic", StringComparison.OrdinalIgnoreCase) || t.ValueText.StartsWith("Basic ", StringComparison.Ordinal)));

            var statement = encoded.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode?)encoded.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
            if (statement == null)
            {
                return false;
            }

            if (HasBasicWord(statement))
            {
                return true;
            }

            if (!(statement is LocalDeclarationStatementSyntax declaration) || !(statement.Parent is BlockSyntax block))
            {
                return false;
            }

            var locals = declaration.Declaration.Variables.Select(v => v.Identifier.ValueText).ToList();
            return block.Statements.Any(other => other != statement && other.SpanStart > statement.SpanStart &&
                                                 other.DescendantNodes().OfType<IdentifierNameSyntax>().Any(id => locals.Contains(id.Identifier.ValueText)) &&
                                                 HasBasicWord(other));
        }

        private static string StripAuthScheme(string value)
        {
            var v = value.Trim();
            foreach (var scheme in new[] { "Bearer ", "Basic ", "Token ", "token ", "bearer ", "basic ", "ApiKey ", "SharedKey " })
            {
                if (v.StartsWith(scheme, StringComparison.Ordinal))
                {
                    return v.Substring(scheme.Length).Trim();
                }
            }

            return v;
        }

        // ---- CMP1001: a provider's access key ID followed by its secret in a tuple, array, initializer or argument list ----

        private static void CheckPairs(IEnumerable<ExpressionSyntax> elements, SemanticModel model, CancellationToken ct, Action<Candidate> offer)
        {
            string? previous = null;
            foreach (var e in elements)
            {
                var expr = ConstantResolver.Unwrap(e);
                var text = expr is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression) ? lit.Token.ValueText : null;
                if (text != null && previous != null && text.Length >= 16)
                {
                    // the ID's provider decides the secret's shape (30 characters for Alibaba, 40 for AWS…), as in text files
                    var joined = previous + "\n" + text;
                    foreach (var hit in KnownTokens.FindPaired(joined))
                    {
                        if (hit.Index == previous.Length + 1 && hit.Length == text.Length)
                        {
                            offer(new Candidate
                            {
                                RuleId = RuleIdentifiers.HardcodedCredentialInSink, Span = expr.Span, Node = expr, ValueLength = text.Length, Hint = "AccessKeySecret",
                                Args = new object[] { new BilingualString(hit.Kind, hit.KindZh), SecretMask.Mask(string.Empty, text.Length), "a key pair with its access key ID" },
                            });
                        }
                    }
                }

                previous = text != null && KnownTokens.Find(text).Count == 1 && KnownTokens.Find(text)[0].Length == text.Length ? text : null;
            }
        }

        // ---- CMP1002: secret-named values compared with a constant (token is "…", case "…":, apiKey == "…") ----

        private static (string? Name, ExpressionSyntax? Value) Comparison(SyntaxNode node)
        {
            switch (node)
            {
                case IsPatternExpressionSyntax isp when isp.Pattern is ConstantPatternSyntax cp:
                    return (ComparedName(isp.Expression), cp.Expression);
                case IsPatternExpressionSyntax notp when notp.Pattern is UnaryPatternSyntax { Pattern: ConstantPatternSyntax ncp }:
                    return (ComparedName(notp.Expression), ncp.Expression); // token is not "…"
                case CaseSwitchLabelSyntax label when label.Parent?.Parent is SwitchStatementSyntax sw:
                    return (ComparedName(sw.Expression), label.Value);
                case CasePatternSwitchLabelSyntax plabel when plabel.Pattern is ConstantPatternSyntax pcp && plabel.Parent?.Parent is SwitchStatementSyntax psw:
                    return (ComparedName(psw.Expression), pcp.Expression);
                case SwitchExpressionArmSyntax arm when arm.Pattern is ConstantPatternSyntax acp && arm.Parent is SwitchExpressionSyntax se:
                    return (ComparedName(se.GoverningExpression), acp.Expression);
                case BinaryExpressionSyntax bin when bin.IsKind(SyntaxKind.EqualsExpression) || bin.IsKind(SyntaxKind.NotEqualsExpression):
                    return ConstantResolver.Unwrap(bin.Right) is LiteralExpressionSyntax ? (ComparedName(bin.Left), bin.Right) : (ComparedName(bin.Right), bin.Left);
                case InvocationExpressionSyntax call when SinkShapes.MethodName(call) == "Equals" && call.ArgumentList.Arguments.Count >= 1:
                    var a = call.ArgumentList.Arguments;
                    if (call.Expression is MemberAccessExpressionSyntax target && !(target.Expression is PredefinedTypeSyntax) && target.Expression.ToString() != "String")
                    {
                        return (ComparedName(target.Expression), a[0].Expression); // apiKey.Equals("…")
                    }

                    if (a.Count < 2)
                    {
                        return (null, null);
                    }

                    return ConstantResolver.Unwrap(a[1].Expression) is LiteralExpressionSyntax ? (ComparedName(a[0].Expression), a[1].Expression) : (ComparedName(a[1].Expression), a[0].Expression);
                default:
                    return (null, null);
            }
        }

        private static string? ComparedName(ExpressionSyntax expr) => ConstantResolver.Unwrap(expr) switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax ma => ma.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The parameter a positional attribute argument binds to ([ApiKeyAuth("X-Api-Key", "…")] → apiKey).</summary>
        private static string? PositionalAttributeParameter(AttributeArgumentSyntax arg, SemanticModel model, CancellationToken ct)
        {
            if (!(arg.Parent is AttributeArgumentListSyntax list) || !(list.Parent is AttributeSyntax attribute) || !(ConstantResolver.Unwrap(arg.Expression) is LiteralExpressionSyntax lit)
                || !lit.IsKind(SyntaxKind.StringLiteralExpression) || !SecretNames.IsPlausibleSecretValue(lit.Token.ValueText))
            {
                return null; // checked before binding: most attribute arguments are routes and labels
            }

            var index = list.Arguments.IndexOf(arg);
            if (!(model.GetSymbolInfo(attribute, ct).Symbol is IMethodSymbol ctor) || index >= ctor.Parameters.Length)
            {
                return null;
            }

            // [ApiKey("…")] binding to (string expectedKey): the attribute's own name says what kind of key it is.
            var parameter = ctor.Parameters[index].Name;
            var typeName = ctor.ContainingType.Name;
            if (!SecretNames.IsSecretName(parameter) && typeName.EndsWith("Attribute", StringComparison.Ordinal) && SecretNames.IsSecretName(typeName.Substring(0, typeName.Length - "Attribute".Length)))
            {
                var words = SecretNames.SplitWords(parameter);
                var last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
                if (last == "key" || last == "token" || last == "secret" || last == "value")
                {
                    return typeName.Substring(0, typeName.Length - "Attribute".Length);
                }
            }

            return parameter;
        }

        // ---- CMP1002: secret-named symbols given constants ----

        private static void CheckSecretName(SyntaxNode node, SemanticModel model, CancellationToken ct, Action<Candidate> offer)
        {
            string? name = null;
            ExpressionSyntax? value = null;
            switch (node)
            {
                case VariableDeclaratorSyntax v when v.Initializer != null:
                    name = v.Identifier.ValueText;
                    value = v.Initializer.Value;
                    break;
                case PropertyDeclarationSyntax p when p.Initializer != null || p.ExpressionBody != null:
                    name = p.Identifier.ValueText;
                    value = p.Initializer?.Value ?? p.ExpressionBody?.Expression;
                    break;
                case ParameterSyntax par when par.Default != null:
                    name = par.Identifier.ValueText;
                    value = par.Default.Value;
                    break;
                case AnonymousObjectMemberDeclaratorSyntax anon when anon.NameEquals != null:
                    name = anon.NameEquals.Name.Identifier.ValueText;
                    value = anon.Expression;
                    break;
                case AttributeArgumentSyntax attr when attr.NameEquals != null || attr.NameColon != null:
                    name = attr.NameEquals?.Name.Identifier.ValueText ?? attr.NameColon!.Name.Identifier.ValueText;
                    value = attr.Expression;
                    break;
                case ArgumentSyntax named when named.NameColon != null && (named.Parent is ArgumentListSyntax || named.Parent is TupleExpressionSyntax):
                    // .WriteTo.Seq(url, apiKey: "…"), new Client(endpoint, secretKey: "…"): the parameter name is in the syntax,
                    // so it holds even when the library's types did not bind.
                    name = named.NameColon.Name.Identifier.ValueText;
                    value = named.Expression;
                    break;
                case AttributeArgumentSyntax positional:
                    name = PositionalAttributeParameter(positional, model, ct);
                    value = positional.Expression;
                    break;

                case AssignmentExpressionSyntax assign when assign.IsKind(SyntaxKind.SimpleAssignmentExpression) && IsConstantShape(assign.Right):
                    name = AssignedName(assign.Left, model, ct);
                    value = assign.Right;
                    break;
                case InvocationExpressionSyntax call when call.ArgumentList.Arguments.Count == 2 && IsKeyValueSetter(SinkShapes.MethodName(call)) && IsConstantShape(call.ArgumentList.Arguments[1].Expression):
                    // dict.Add("password", "…"), KeyValuePair.Create("api_key", "…"), settings.Set("secret", "…")
                    name = KeyName(call.ArgumentList.Arguments[0].Expression, model, ct);
                    value = call.ArgumentList.Arguments[1].Expression;
                    break;
                case ObjectCreationExpressionSyntax kvp when kvp.ArgumentList?.Arguments.Count == 2 && kvp.Type.ToString().StartsWith("KeyValuePair", StringComparison.Ordinal) && IsConstantShape(kvp.ArgumentList.Arguments[1].Expression):
                    name = KeyName(kvp.ArgumentList.Arguments[0].Expression, model, ct);
                    value = kvp.ArgumentList.Arguments[1].Expression;
                    break;
                case InitializerExpressionSyntax init when init.IsKind(SyntaxKind.ComplexElementInitializerExpression) && init.Expressions.Count == 2 && IsConstantShape(init.Expressions[1]):
                    // { "password", "..." } in a dictionary initializer
                    name = KeyName(init.Expressions[0], model, ct);
                    value = init.Expressions[1];
                    break;
            }

            // Dictionary<string, string> PartnerSecrets = new() { ["shop-1"] = "…" }: every value of a collection named for secrets.
            // A table of "…Keys" holds lookup keys as often as credentials (ResourceKeys, CacheKeys): only its generated-looking
            // values are keys in the credential sense.
            var keyTable = name != null && !SecretNames.IsSecretName(name) && LastWord(name) == "keys";
            if (value is BaseObjectCreationExpressionSyntax { Initializer: { } collection } && name != null && (SecretNames.IsSecretName(name) || keyTable) &&
                (node is VariableDeclaratorSyntax || node is PropertyDeclarationSyntax))
            {
                foreach (var element in collection.Expressions)
                {
                    var item = element switch
                    {
                        AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax } a => a.Right,
                        InitializerExpressionSyntax pair when pair.IsKind(SyntaxKind.ComplexElementInitializerExpression) && pair.Expressions.Count == 2 => pair.Expressions[1],
                        _ => null,
                    };
                    if (item != null && (!keyTable || (ConstantResolver.Unwrap(item) is LiteralExpressionSyntax generated && LooksGenerated(generated.Token.ValueText))))
                    {
                        OfferNamedConstant(node, name, item, model, ct, offer);
                    }
                }

                return;
            }

            if (name == null && value == null)
            {
                var (compared, literal) = Comparison(node);
                if (compared != null && literal != null && ConstantResolver.Unwrap(literal) is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    CheckComparison(compared, lit, offer);
                }

                return;
            }

            if (name == null || value == null || !(SecretNames.IsSecretName(name) || (node is VariableDeclaratorSyntax field && (IsKeyFieldOfCipherType(field, name, model, ct) || IsConstantSalt(field, name, value, model, ct)))))
            {
                return;
            }

            if (node is VariableDeclaratorSyntax local && IsSearchTextLocal(local))
            {
                return;
            }

            // var password = Environment.GetEnvironmentVariable("DB_PWD") ?? "…": the hard-coded fallback is the secret whenever
            // the variable is missing.
            if (ConstantResolver.Unwrap(value) is BinaryExpressionSyntax fallback && fallback.IsKind(SyntaxKind.CoalesceExpression))
            {
                value = fallback.Right;
            }

            OfferNamedConstant(node, name, value, model, ct, offer);
        }

        /// <summary>
        /// string token = ".part_"; … filename.Replace(token, ""), text.Split(token), s.IndexOf(token): a local that the
        /// method searches for inside other text is a lexical token or separator being parsed (oqtane's chunk-file names,
        /// judged blind), not a credential; a credential is sent or compared, never cut out of a string.
        /// </summary>
        private static bool IsSearchTextLocal(VariableDeclaratorSyntax declarator)
        {
            if (!(declarator.Parent?.Parent is LocalDeclarationStatementSyntax statement) || !(statement.Parent is BlockSyntax block))
            {
                return false;
            }

            var name = declarator.Identifier.ValueText;
            foreach (var id in block.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != name || !(id.Parent is ArgumentSyntax arg) || !(arg.Parent is ArgumentListSyntax args) ||
                    !(args.Parent is InvocationExpressionSyntax call))
                {
                    continue;
                }

                // text.Replace(token, ""), text?.Replace(token, ""); not token.Replace(…), which works on the value itself
                var method = call.Expression switch
                {
                    MemberAccessExpressionSyntax member when !(member.Expression is IdentifierNameSyntax self && self.Identifier.ValueText == name) => member.Name.Identifier.ValueText,
                    MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                    _ => null,
                };
                switch (method)
                {
                    case "Split":
                    case "IndexOf":
                    case "LastIndexOf":
                    case "Replace" when args.Arguments.IndexOf(arg) == 0:
                        return true;
                }
            }

            return false;
        }

        private static void OfferNamedConstant(SyntaxNode node, string name, ExpressionSyntax value, SemanticModel model, CancellationToken ct, Action<Candidate> offer)
        {
            if (!IsConstantShape(value))
            {
                return; // values reached through other symbols are judged where they are written
            }

            var expr = ConstantResolver.Unwrap(value);

            var constant = model.GetConstantValue(expr, ct);
            if (!constant.HasValue || !(constant.Value is string text) || !SecretNames.IsPlausibleSecretValue(text, name))
            {
                return;
            }

            var isPassword = TextSecretScanner.IsPasswordName(name);
            offer(new Candidate
            {
                RuleId = RuleIdentifiers.SecretNamedSymbolAssignedConstant, Span = expr.Span, Node = expr, ValueLength = text.Length, Hint = name,
                Args = new object[] { name, SecretMask.Mask(string.Empty, text.Length), isPassword ? "password" : "secret" },
                Precision = InitializesTestFixture(node, model, ct) || InSampleProgramMain(node) || (isPassword && IsProductNameDefault(node, text)) ? "low" : NameOnlyPrecision(IsParameterArgument(node, name) ? NameOnly.NamedArgument : NameOnly.No, isPassword, text),
            });
        }

        /// <summary>
        /// An argument whose name is its parameter's: a named or positional method argument, an attribute constructor's
        /// argument (Sonarr's <c>[FieldToken(TokenField.HelpText, "UseSsl", "clientName", "Deluge")]</c>, 37 false alarms
        /// judged blind: the parameter is named token and receives a help-text placeholder's name). Not an attribute's
        /// <c>Name = "…"</c>, which stores the value in a property of that name, nor <c>[ApiKey("…")]</c>, where the
        /// attribute's own name says what the value is.
        /// </summary>
        private static bool IsParameterArgument(SyntaxNode node, string name) =>
            node is ArgumentSyntax || (node is AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } attr
                                       && attr.NameEquals == null && !AttributeNames.Is(attribute, name));

        /// <summary>Where a secret-named symbol meets a literal, and whether that name is then the only evidence.</summary>
        private enum NameOnly
        {
            /// <summary>A declaration, assignment or initializer: the code stores the value under the name.</summary>
            No,
            /// <summary>new StubTypeRule(stubType: "bluray", token: "brrip"): only the parameter's name says "token".</summary>
            NamedArgument,
            /// <summary>if (token == "…"): only the compared symbol's name says what the literal is.</summary>
            Comparison,
        }

        /// <summary>
        /// The one value-shape decision for a secret whose name is the only evidence. "token" or "key" name lexer tokens,
        /// lookup keys and protocol words as often as credentials (held-out jellyfin: nine parser tokens reported at high),
        /// so such a finding is low precision — listed, never gating — unless the literal itself looks generated. A named
        /// argument for a password parameter stays at the rule's precision (a password argument is a password); a
        /// comparison does not get that exception (`if (pwd == "admin")` is as often a guard against a default).
        /// </summary>
        private static string? NameOnlyPrecision(NameOnly where, bool isPassword, string text)
        {
            if (where == NameOnly.No || LooksGenerated(text) || (where == NameOnly.NamedArgument && isPassword))
            {
                return null;
            }

            return "low";
        }

        /// <summary>
        /// new TestUser { Password = "alice" }: the object a constant password initialises is a test double by its own
        /// type (TestUser, FakeAccount, a type of a *.Test/*.Testing namespace — IdentityServer4's in-memory TestUserStore),
        /// so the value is a documented demo credential, not a deployed one. Kept at low precision (reported, never gating).
        /// </summary>
        private static bool InitializesTestFixture(SyntaxNode node, SemanticModel model, CancellationToken ct)
        {
            if (!(node is AssignmentExpressionSyntax && node.Parent is InitializerExpressionSyntax init && init.IsKind(SyntaxKind.ObjectInitializerExpression)
                  && init.Parent is BaseObjectCreationExpressionSyntax creation))
            {
                return false;
            }

            var type = model.GetTypeInfo(creation, ct).Type;
            var typeName = type != null && type.TypeKind != TypeKind.Error ? type.Name
                : creation is ObjectCreationExpressionSyntax explicitNew ? explicitNew.Type.ToString() : string.Empty;
            typeName = typeName.Substring(typeName.LastIndexOf('.') + 1);
            foreach (var prefix in new[] { "Test", "Fake", "Mock", "Stub", "Dummy" })
            {
                if (typeName.StartsWith(prefix, StringComparison.Ordinal) && typeName.Length > prefix.Length && char.IsUpper(typeName[prefix.Length]))
                {
                    return true;
                }
            }

            var ns = type != null && type.TypeKind != TypeKind.Error ? type.ContainingNamespace?.ToDisplayString() ?? string.Empty : string.Empty;
            return ns.EndsWith(".Test", StringComparison.Ordinal) || ns.EndsWith(".Testing", StringComparison.Ordinal);
        }

        /// <summary>
        /// <c>class DelugeSettings { public DelugeSettings() { Password = "deluge"; } }</c>: a client's settings type pre-fills the
        /// password of the server product it names with that product's own name, the server's documented factory default
        /// (Sonarr's Deluge download client, judged blind). The value is the user's own server default, not a credential of this
        /// code: low precision. Only a settings/options/config type whose first word is the value, and never an account word
        /// (<c>AdminSettings { Password = "admin" }</c> is a default password of this product and stays reported).
        /// </summary>
        private static bool IsProductNameDefault(SyntaxNode node, string text)
        {
            var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (type == null || text.Length < 4)
            {
                return false;
            }

            var words = IdentifierWords.Split(type.Identifier.ValueText);
            if (words.Count < 2 || !(words[words.Count - 1] is "settings" or "options" or "config" or "configuration"))
            {
                return false;
            }

            return string.Equals(words[0], text, StringComparison.OrdinalIgnoreCase) && !AccountWords.Contains(words[0]);
        }

        private static readonly HashSet<string> AccountWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "admin", "administrator", "root", "user", "guest", "test", "default", "password", "demo", "sample", "master", "system", "sa",
        };

        /// <summary>
        /// var sToken = "QDG6eK" in <c>class Sample { static void Main() }</c>: a sample program's entry point, named so by its own
        /// type (Sample, Example, Demo, or one of them followed by a capitalised word), fills its locals with a vendor's
        /// documentation values (WeiXinMPSDK ships Tencent's message-crypto sample twice, judged blind). As with test users,
        /// the type — not the folder — says it is a fixture: low precision, listed, never gating. A <c>Program.Main</c> and
        /// any other method of a sample type keep the rule's precision.
        /// </summary>
        private static bool InSampleProgramMain(SyntaxNode node)
        {
            var method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method == null || method.Identifier.ValueText != "Main" || !method.Modifiers.Any(SyntaxKind.StaticKeyword)
                || !(method.Parent is TypeDeclarationSyntax type))
            {
                return false;
            }

            var typeName = type.Identifier.ValueText;
            foreach (var word in new[] { "Sample", "Example", "Demo" })
            {
                if (typeName.StartsWith(word, StringComparison.Ordinal) && (typeName.Length == word.Length || char.IsUpper(typeName[word.Length])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A secret-named value checked against a literal: a hard-coded password or token. The name is the only evidence
        /// that the value is a secret (see <see cref="NameOnlyPrecision"/>).
        /// </summary>
        private static void CheckComparison(string name, LiteralExpressionSyntax literal, Action<Candidate> offer)
        {
            var text = literal.Token.ValueText;
            // key switch { "…" => … }: "key" alone names settings and lookups as often as credentials, so a key-named value
            // counts only against a literal that looks generated
            var secretNamed = SecretNames.IsSecretName(name) || (LastWord(name) == "key" && LooksGenerated(text));
            if (text.Length < 6 || !secretNamed || !SecretNames.IsPlausibleSecretValue(text, name))
            {
                return;
            }

            var isPassword = TextSecretScanner.IsPasswordName(name);
            offer(new Candidate
            {
                RuleId = RuleIdentifiers.SecretNamedSymbolAssignedConstant, Span = literal.Span, Node = literal, ValueLength = text.Length, Hint = name,
                Args = new object[] { name, SecretMask.Mask(string.Empty, text.Length), isPassword ? "password" : "secret" },
                Precision = NameOnlyPrecision(NameOnly.Comparison, isPassword, text),
            });
        }

        /// <summary>
        /// class DesEncrypt { private const string Key = "…"; }: in a type named for a cipher, a field named key or IV is key material,
        /// although "Key" alone names nothing (a cache key, a dictionary key) elsewhere.
        /// </summary>
        private static bool IsKeyFieldOfCipherType(VariableDeclaratorSyntax declarator, string name, SemanticModel model, CancellationToken ct)
        {
            if (!(declarator.Parent?.Parent is FieldDeclarationSyntax) || !(declarator.Parent.Parent.Parent is TypeDeclarationSyntax type) || !SinkShapes.IsCipherWord(type.Identifier.ValueText))
            {
                return false;
            }

            var words = SecretNames.SplitWords(name);
            var last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
            if (!(last == "key" || last == "iv" || last == "skey"))
            {
                return false;
            }

            // a field overwritten before use (this.tdesKey = pubkey.Substring(0, 8)) only has a dead initial value
            return !(model.GetDeclaredSymbol(declarator, ct) is IFieldSymbol symbol) || symbol.IsConst || !ConstantResolver.IsFieldWritten(symbol, ct);
        }

        // A generated key reads as random; "DomeShutterAngle2" (capitalised words) or "teams_monthly_2023" (a slug) do not.
        // Review, tenth session: a third exclusion (letters AND digits) decided no test and no judged finding — a 16+
        // character run that is random, not words and not a slug is as generated without a digit — so it went.
        private static bool LooksGenerated(string text) => ShannonEntropy.LooksRandom(text, 16) && !ReadsAsWords(text) && !IsSlug(text) && !IsLowerCaseRun(text);

        /// <summary>
        /// Lower-case letters only ("notfeaturedcategoryid", Smartstore's facet field names in a switch over a key): words
        /// run together. A generated key of that length almost always holds a digit or a capital.
        /// </summary>
        private static bool IsLowerCaseRun(string text)
        {
            foreach (var c in text)
            {
                if (c < 'a' || c > 'z')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Words and numbers joined by '-', '_' or '.' ("enterprise-annually-2019", "teams_monthly_2023"): a readable lookup key
        /// such as a price plan's, not a random run (bitwarden's PlanAdapter switch, 13 false alarms at high after the
        /// ninth-session merge). Every segment is letters only (three or more) or digits only.
        /// </summary>
        private static bool IsSlug(string text)
        {
            var segments = text.Split('-', '_', '.');
            if (segments.Length < 2)
            {
                return false;
            }

            foreach (var segment in segments)
            {
                var letters = segment.Length >= 3;
                var digits = segment.Length > 0;
                foreach (var c in segment)
                {
                    letters &= char.IsLetter(c);
                    digits &= c >= '0' && c <= '9';
                }

                if (!letters && !digits)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Mostly capitalised words of three letters or more ("DomeShutterAngle2", or camelCase "estimatedCompletionTime",
        /// Sonarr's sort column compared with a SortKey): an identifier, not a random run.
        /// </summary>
        private static bool ReadsAsWords(string text)
        {
            var inWords = 0;
            for (var i = 0; i < text.Length;)
            {
                var j = i + 1;
                while (j < text.Length && text[j] >= 'a' && text[j] <= 'z') j++;
                var capitalised = text[i] >= 'A' && text[i] <= 'Z';
                var leadingLower = i == 0 && text[i] >= 'a' && text[i] <= 'z' && j < text.Length && text[j] >= 'A' && text[j] <= 'Z';
                if ((capitalised || leadingLower) && j - i >= 3) inWords += j - i;
                i = j;
            }

            return inWords * 10 >= text.Length * 7;
        }

        /// <summary>
        /// <c>const string TicketSalt = "smzx-queue-2021"</c>, <c>static readonly string Pepper = "…"</c>, a local
        /// <c>const string salt = "…"</c>: one value shared by every hash it enters is the key of a home-made MAC (share links,
        /// tickets, licence codes) or a pepper, so whoever reads the code can forge or precompute. Only constants: a salt
        /// assigned at run time or per record is what salts are for. A qualified <c>…Seed</c> constant (MaintenanceSeed, not
        /// a bare Seed) counts when its value is base32, the form TOTP seeds are shared in — not a word, number or random id.
        /// </summary>
        private static bool IsConstantSalt(VariableDeclaratorSyntax declarator, string name, ExpressionSyntax value, SemanticModel model, CancellationToken ct)
        {
            var last = LastWord(name);
            if (last != "salt" && last != "pepper" && last != "seed")
            {
                return false;
            }

            var constant = declarator.Parent?.Parent switch
            {
                FieldDeclarationSyntax f => f.Modifiers.Any(SyntaxKind.ConstKeyword) || (f.Modifiers.Any(SyntaxKind.StaticKeyword) && f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)),
                LocalDeclarationStatementSyntax l => l.IsConst,
                _ => false,
            };
            if (!constant || !(model.GetConstantValue(ConstantResolver.Unwrap(value), ct) is { HasValue: true, Value: string text }) || text.Length < 8)
            {
                return false;
            }

            return last != "seed" || (SecretNames.SplitWords(name).Count >= 2 && IsBase32Secret(text));
        }

        // "JBSWY3DPEHPK3PXP…": an RFC 4648 base32 string of 16+ characters, the form TOTP/HOTP seeds are shared in
        private static bool IsBase32Secret(string text)
        {
            var v = text.TrimEnd('=');
            if (v.Length < 16)
            {
                return false;
            }

            var digits = 0;
            foreach (var c in v)
            {
                if (c >= '2' && c <= '7') digits++;
                else if (c < 'A' || c > 'Z') return false;
            }

            return digits > 0 && digits < v.Length;
        }

        private static string LastWord(string name)
        {
            var words = SecretNames.SplitWords(name);
            return words.Count > 0 ? words[words.Count - 1] : string.Empty;
        }

        /// <summary>
        /// (string Site, string HmacKey)[] Sites = { ("north", "…") }: the declared tuple type names each element, so an
        /// element named for a secret holds one, as a field of that name would. Bound only when an element is a literal.
        /// </summary>
        private static void CheckTupleElementNames(TupleExpressionSyntax tuple, SemanticModel model, CancellationToken ct, Action<Candidate> offer)
        {
            if (!tuple.Arguments.Any(a => a.NameColon == null && ConstantResolver.Unwrap(a.Expression) is LiteralExpressionSyntax lit && lit.Token.ValueText.Length >= 8) ||
                !(model.GetTypeInfo(tuple, ct).ConvertedType is INamedTypeSymbol { IsTupleType: true } type) || type.TupleElements.Length != tuple.Arguments.Count)
            {
                return;
            }

            for (var i = 0; i < tuple.Arguments.Count; i++)
            {
                var element = type.TupleElements[i].Name;
                if (tuple.Arguments[i].NameColon == null && SecretNames.IsSecretName(element))
                {
                    OfferNamedConstant(tuple, element, tuple.Arguments[i].Expression, model, ct, offer);
                }
            }
        }

        /// <summary>
        /// HMACSHA256(Encoding.UTF8.GetBytes(SigningSecret + "&")): a constant whose own name says it is a secret is reported at its
        /// declaration (CMP1002, in whichever file declares it), so a use that only concatenates or converts it is the same
        /// secret again, not a second one.
        /// </summary>
        private static bool UsesSecretNamedConstant(ExpressionSyntax value, SemanticModel model, CancellationToken ct)
        {
            foreach (var id in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (!SecretNames.IsSecretName(id.Identifier.ValueText) || !(model.GetSymbolInfo(id, ct).Symbol is IFieldSymbol field) || field.Locations.Length == 0 || !field.Locations[0].IsInSource)
                {
                    continue;
                }

                var text = field.HasConstantValue ? field.ConstantValue as string : null;
                if (text == null && field.IsStatic && field.IsReadOnly)
                {
                    foreach (var r in field.DeclaringSyntaxReferences)
                    {
                        if (r.GetSyntax(ct) is VariableDeclaratorSyntax { Initializer: { Value: LiteralExpressionSyntax lit } } && lit.IsKind(SyntaxKind.StringLiteralExpression))
                        {
                            text = lit.Token.ValueText;
                        }
                    }
                }

                if (text != null && SecretNames.IsPlausibleSecretValue(text, field.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsKeyValueSetter(string method) =>
            method == "Add" || method == "TryAdd" || method == "Set" || method == "SetValue" || method == "Create" || method == "AddOrUpdate" || method == "Put" || method == "Append" || method == "SetEnvironmentVariable";

        private static string? AssignedName(ExpressionSyntax left, SemanticModel model, CancellationToken ct) => left switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            MemberAccessExpressionSyntax ma => ma.Name.Identifier.ValueText,
            ImplicitElementAccessSyntax iea when iea.ArgumentList.Arguments.Count == 1 => KeyName(iea.ArgumentList.Arguments[0].Expression, model, ct),
            ElementAccessExpressionSyntax ea when ea.ArgumentList.Arguments.Count == 1 => KeyName(ea.ArgumentList.Arguments[0].Expression, model, ct),
            _ => null,
        };

        /// <summary>
        /// The constant key of a dictionary entry as a name, unless it is query text: Jackett's EraiRaws maps
        /// <c>{ "subs[]=sk&amp;", "Slovakian" }</c> (a URL fragment selecting Slovak subtitles to its label), and "sk" there is a
        /// language code, not a secret key. A name never holds '=' or '&amp;'; a key that does is a value.
        /// </summary>
        private static string? KeyName(ExpressionSyntax expr, SemanticModel model, CancellationToken ct)
        {
            var key = ConstantString(expr, model, ct);
            return key != null && key.IndexOfAny(QueryTextChars) >= 0 ? null : key;
        }

        private static readonly char[] QueryTextChars = { '=', '&' };

        /// <summary>Only literals, interpolations and concatenations are judged here; checked before anything is bound.</summary>
        private static bool IsConstantShape(ExpressionSyntax value)
        {
            var expr = ConstantResolver.Unwrap(value);
            return expr is LiteralExpressionSyntax || expr is InterpolatedStringExpressionSyntax || expr is BinaryExpressionSyntax;
        }

        private static string? ConstantString(ExpressionSyntax expr, SemanticModel model, CancellationToken ct)
        {
            if (expr is LiteralExpressionSyntax literal)
            {
                return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null; // no binding needed
            }

            var c = model.GetConstantValue(expr, ct);
            return c.HasValue ? c.Value as string : null;
        }

        // ---- anchors, evidence, configuration keys (never derived from the value) ----

        private static string Anchor(Candidate c, SyntaxNode root)
        {
            var token = root.FindToken(c.Span.Start, findInsideTrivia: true);
            var member = MemberPath(token.Parent);
            var memberNode = token.Parent?.AncestorsAndSelf().FirstOrDefault(a => a is MemberDeclarationSyntax && !(a is BaseTypeDeclarationSyntax) && !(a is BaseNamespaceDeclarationSyntax))
                             ?? (SyntaxNode?)token.Parent?.AncestorsAndSelf().FirstOrDefault(a => a is BaseTypeDeclarationSyntax) ?? root;
            if (c.Node == null)
            {
                // a comment: its ordinal among the member's comments holding secrets
                var comments = memberNode.DescendantTrivia(descendIntoTrivia: true).Count(t => (t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)) && t.Span.End <= c.Span.Start);
                return member + "#comment" + (comments + 1);
            }

            var ordinal = memberNode.DescendantNodes().Count(n => (n is LiteralExpressionSyntax l && (l.IsKind(SyntaxKind.StringLiteralExpression) || l.IsKind(SyntaxKind.Utf8StringLiteralExpression)) || n is InterpolatedStringExpressionSyntax) && n.SpanStart < c.Span.Start);
            return member + "#" + (ordinal + 1);
        }

        internal static string MemberPath(SyntaxNode? node)
        {
            var parts = new List<string>();
            for (var n = node; n != null; n = n.Parent)
            {
                switch (n)
                {
                    case MethodDeclarationSyntax m:
                        parts.Add(m.Identifier.ValueText);
                        break;
                    case ConstructorDeclarationSyntax ctor:
                        parts.Add(ctor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor");
                        break;
                    case PropertyDeclarationSyntax p:
                        parts.Add(p.Identifier.ValueText);
                        break;
                    case FieldDeclarationSyntax f:
                        parts.Add(string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.ValueText)));
                        break;
                    case LocalFunctionStatementSyntax lf:
                        parts.Add(lf.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax t:
                        parts.Add(t.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        break;
                }
            }

            parts.Reverse();
            return parts.Count == 0 ? "<top-level>" : string.Join(".", parts);
        }

        private static string Evidence(SourceText text, TextSpan span, int valueLength)
        {
            var line = text.Lines.GetLineFromPosition(span.Start);
            var lineText = line.ToString();
            var startInLine = span.Start - line.Start;
            var endInLine = Math.Min(span.End, line.End) - line.Start;
            var masked = lineText.Substring(0, startInLine) + "\"" + SecretMask.Mask(string.Empty, valueLength) + "\"" + lineText.Substring(endInLine);
            var evidence = SecretRedactor.Redact(masked).Trim();
            return evidence.Length > 240 ? evidence.Substring(0, 240) + "…" : evidence;
        }

        private static string ConfigKey(Candidate c, SyntaxNode root)
        {
            var token = root.FindToken(c.Span.Start, findInsideTrivia: true);
            var type = token.Parent?.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "App";
            var hint = new string(c.Hint.Where(char.IsLetterOrDigit).ToArray());
            return "Secrets:" + type + ":" + (hint.Length == 0 ? "Secret" : SinkShapes.Pascal(hint));
        }
    }
}
