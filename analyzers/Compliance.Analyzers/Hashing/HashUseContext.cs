using System.Collections.Generic;
using System.Linq;
using Compliance.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Hashing
{
    internal enum HashUse
    {
        /// <summary>Security-relevant or unknown: the hash may protect something (reported as CMP2001).</summary>
        Security,
        /// <summary>Clearly not security (ETag, cache key, checksum): CMP2090, off by default.</summary>
        NonSecurity,
        /// <summary>A protocol that mandates the algorithm (HMAC-SHA1 in TOTP/HOTP, RFC 6238/4226): no finding.</summary>
        ProtocolMandated,
    }

    /// <summary>
    /// Cheap, syntactic judgement of what a hash is used for. It reads the words of the enclosing
    /// member's name, the statement that creates or calls the hash and, when the hash object is
    /// stored in a local, every statement of the member that uses that local; only when those say
    /// nothing, the enclosing type names. Security words win over non-security words at each
    /// level; no words at all means "unknown", treated as security use.
    /// </summary>
    internal static class HashUseContext
    {
        // Words that make a hash security use only because of what it hashes (personal data, a session's id), not because it
        // guards a secret. A digest whose shape says it protects nothing (a Gravatar URL of an e-mail, one to eight bytes read
        // as a number or a colour) is not made security use by these alone (sixteenth session, branch whgen).
        private static readonly string[] WeakSecurityWordsText =
        {
            "idcard", "idnumber", "identitycard", "shenfenzheng", "sfz", "身份证", "phone", "mobile", "shouji", "手机",
            "email", "ssn", "bankcard", "cardnumber", "pii", "personal", "session",
        };

        // Words that make a hash security use by what it guards: a secret, a credential, a signature.
        private static readonly string[] StrongSecurityWordsText =
        {
            "password", "passwd", "pwd", "passphrase", "mima", "密码", "口令",
            "secret", "token", "credential", "credentials", "auth", "authenticate", "authentication", "login", "logon",
            "signature", "sign", "signed", "signing", "verify", "hmac", "mac",
            "apikey", "privatekey", "secretkey", "signingkey", "encryptionkey", "masterkey", "hmackey", "salt", "pepper",
            "nonce", "cookie", "jwt", "otp", "csrf",
        };

        private static readonly WordList StrongSecurityWords = new WordList(StrongSecurityWordsText);

        private static readonly WordList SecurityWords = new WordList(StrongSecurityWordsText.Concat(WeakSecurityWordsText));

        // The Gravatar (and its mirror Cravatar) URL scheme fixes the MD5 of the lower-cased e-mail: the digest names a public
        // picture. Five read corpora written by four sessions each had this decoy reported as CMP2001 (issue 14).
        private static readonly WordList AvatarWords = new WordList(new[] { "gravatar", "cravatar", "avatar" }, substrings: new[] { "/avatar/" });

        // CancellationToken parameters (stoppingToken, cancellationToken, ct) say "token" but carry no secret.
        private static readonly System.Text.RegularExpressions.Regex CancellationTokenName =
            new System.Text.RegularExpressions.Regex(@"^(cancellation|stopping|cancel|shutdown|abort)token$|^ct$",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        private static readonly WordList NonSecurityWords = new WordList(new[]
        {
            "etag", "cache", "cached", "caching", "checksum", "crc", "dedup", "deduplicate", "deduplication", "duplicate",
            "file", "files", "filename", "stream", "content", "contents", "blob", "chunk", "shard", "shards", "partition",
            "bucket", "gravatar", "avatar", "integrity", "download", "upload", "asset", "assets", "fingerprint", "version",
            // A folder's listing hashed to notice a change (Sonarr's ScanWatchFolder), as a file's content is.
            "folder", "folders", "directory", "directories",
            // A digest that becomes an identifier or a location (RFC 4122 v3/v5 name-based UUIDs, a file path).
            "guid", "uuid", "path",
            // Names a protocol fixes to a digest that protects nothing: Redis EVALSHA script ids (SHA-1 of the Lua text),
            // the WebSocket handshake's Sec-WebSocket-Accept (RFC 6455: SHA-1 of the client's nonce), idempotency keys.
            "script", "lua", "evalsha", "websocket", "idempotency", "idempotent",
            // Image bytes (a camera snapshot, a scanned page): a digest of them finds duplicates, it protects nothing.
            "jpeg", "jpg", "png", "gif", "webp", "image", "images", "img", "photo", "photos", "picture", "snapshot", "thumbnail",
        }, substrings: new[] { "etag" });

        private static readonly WordList ProtocolWords = new WordList(new[]
        {
            "totp", "hotp", "otp", "onetime", "authenticator", "rfc6238", "rfc4226", "googleauthenticator",
            // Provider request-signing protocols whose specification fixes HMAC-SHA1: Alibaba Cloud POP v1 and OSS v1,
            // Tencent COS, OAuth 1.0a. The caller cannot choose another algorithm, so a finding is not actionable.
            "aliyun", "alibabacloud", "oss", "cos", "qcloud", "oauth",
        });

        private static readonly HashSet<string> LoggingCalls = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "LogInformation", "LogInformationAsync", "LogInfo",
        };

        // "photo.jpg", ".png": a digest joined to a file extension is a file name.
        private static readonly System.Text.RegularExpressions.Regex FileExtension =
            new System.Text.RegularExpressions.Regex(@"^\.[A-Za-z][A-Za-z0-9]{1,4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Where a digest ends up when it names or identifies a thing instead of protecting something.
        private static readonly WordList KeyOrNameWords = new WordList(new[]
        {
            "cache", "cachekey", "cached", "etag", "filename", "file", "path", "folder", "directory", "dir", "url", "uri", "slug", "avatar",
            "gravatar", "thumbnail", "lock", "lockkey", "bucket", "shard", "partition",
            // identifiers: an invoice number, a correlation/trace id derived from business data
            "id", "ids", "identifier", "number", "no", "correlation", "trace",
        }, substrings: new[] { "cache", "etag" });

        /// <summary>
        /// The one decision "this digest is an identifier or a name, not protection" (issue 14 class 7). It follows the
        /// result of a hash call through hex/Base64 conversion, slices, concatenation and string helpers to where it ends:
        /// a Guid created from it (<c>new Guid(MD5.HashData(…))</c>, a name-based UUID), a call, named argument, local,
        /// member or returning method whose name says cache key, file name, path, id or number and no security word.
        /// CMP2002 then does not apply, and CMP2001 treats the digest as non-security use when nothing around says
        /// otherwise. Returns the word that decided ("Guid", "cache", "id"…), or null.
        /// </summary>
        public static string? IdentifierUse(SyntaxNode call)
        {
            SyntaxNode node = call;
            for (var depth = 0; depth < 8 && node.Parent != null; depth++)
            {
                var parent = node.Parent;
                string? name = null;
                switch (parent)
                {
                    case ParenthesizedExpressionSyntax _: case CastExpressionSyntax _: case BinaryExpressionSyntax _:
                    case InterpolationSyntax _: case InterpolatedStringExpressionSyntax _: case MemberAccessExpressionSyntax _:
                    case ConditionalAccessExpressionSyntax _: case MemberBindingExpressionSyntax _: case ArgumentListSyntax _:
                    case AwaitExpressionSyntax _: case BracketedArgumentListSyntax _: case RangeExpressionSyntax _:
                        node = parent;
                        continue;
                    case ElementAccessExpressionSyntax slice when slice.Expression == node:
                        // MD5.HashData(body)[0] % 36: one byte of the digest at a constant index is a number (a check character).
                        if (IsConstantByteRead(slice))
                            return "number";
                        // Convert.ToHexString(hash)[..16]: a prefix of the digest is still the digest.
                        node = parent;
                        continue;
                    case ArgumentSyntax argument:
                        // new Guid(MD5.HashData(…)): a digest turned into a Guid is an identifier, it protects nothing.
                        if (IsGuidCreation(argument.Parent?.Parent))
                            return "Guid";
                        // Convert.ToHexString(hash) / string.Concat(…) keep walking; Path.Combine(dir, hash) / cache.Set(hash, …) decide.
                        if (argument.Parent?.Parent is InvocationExpressionSyntax outer)
                        {
                            if (IsIntegerRead(outer))
                                return "number";
                            var called = outer.Expression.ToString();
                            var word = KeyOrNameWords.Match(called) ?? (argument.NameColon != null ? KeyOrNameWords.Match(argument.NameColon.Name.Identifier.ValueText) : null);
                            if (word != null)
                                return SecurityWords.Matches(called) ? null : word;
                            node = outer;
                            continue;
                        }

                        return null;
                    case InvocationExpressionSyntax _:
                        node = parent;
                        continue;
                    case EqualsValueClauseSyntax _:
                        name = (parent.Parent as VariableDeclaratorSyntax)?.Identifier.ValueText
                               ?? (parent.Parent as PropertyDeclarationSyntax)?.Identifier.ValueText;
                        // var hash = …; return $"mqtt_auth:{hash}"; in BuildMqttAuthCacheKey: the local only carries the digest
                        // to the method's result, and the method's name says that result is a lookup key.
                        if (parent.Parent is VariableDeclaratorSyntax declarator && ReturnedFromLookupKeyMethod(declarator))
                            return "key";
                        if (parent.Parent is VariableDeclaratorSyntax digestLocal && OnlyReadAsInteger(digestLocal))
                            return "number";
                        break;
                    case AssignmentExpressionSyntax assignment:
                        name = assignment.Left is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : assignment.Left.ToString();
                        break;
                    case ReturnStatementSyntax _: case ArrowExpressionClauseSyntax _:
                        for (var n = parent.Parent; n != null; n = n.Parent)
                        {
                            if (n is MethodDeclarationSyntax method)
                            {
                                name = method.Identifier.ValueText;
                                if (NamesLookupKey(name)) return "key";
                                break;
                            }
                            if (n is PropertyDeclarationSyntax property) { name = property.Identifier.ValueText; break; }
                            if (n is LocalFunctionStatementSyntax local) { name = local.Identifier.ValueText; break; }
                        }

                        break;
                }

                return name != null && !SecurityWords.Matches(name) ? KeyOrNameWords.Match(name) : null;
            }

            return null;
        }

        // Words before a final "key"/"keys" that make the name a key of an in-memory or distributed lookup structure.
        private static readonly HashSet<string> LookupQualifiers = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "cache", "index", "lookup", "dictionary", "map", "dedup", "bucket", "partition", "shard", "lock",
        };

        /// <summary>
        /// The name's head is a cache or index key (<c>BuildMqttAuthCacheKey</c>, <c>BuildProductTokenIndexKey</c>,
        /// <c>LookupKeys</c>): the digest names an entry, whatever the entry is about. The head noun decides, so "auth" or
        /// "token" before it does not make the key a stored password hash (IoTSharp's MQTT auth index, issue 14 class 7);
        /// <c>SigningKey</c> or <c>PasswordKey</c> have no lookup word before "key" and stay security names.
        /// </summary>
        public static bool NamesLookupKey(string name)
        {
            var words = IdentifierWords.Split(name);
            var n = words.Count;
            return n >= 2 && (words[n - 1] == "key" || words[n - 1] == "keys") && LookupQualifiers.Contains(words[n - 2]);
        }

        // The local is read in a return statement of a method whose name says it returns a lookup key.
        private static bool ReturnedFromLookupKeyMethod(VariableDeclaratorSyntax local)
        {
            var method = local.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method == null || !NamesLookupKey(method.Identifier.ValueText)) return false;
            var localName = local.Identifier.ValueText;
            foreach (var ret in method.DescendantNodes().OfType<ReturnStatementSyntax>())
                if (ret.Expression != null && ret.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == localName))
                    return true;
            return false;
        }

        /// <summary>
        /// BitConverter.ToUInt16(digest, 0), BinaryPrimitives.ReadInt32LittleEndian(digest): two to eight bytes of the digest
        /// become a number — a stable id or a bucket (Jackett's custom Torznab category id from a category name). A number
        /// that short protects nothing; a security word around the hash still decides first (Classify).
        /// </summary>
        private static bool IsIntegerRead(InvocationExpressionSyntax call)
        {
            if (!(call.Expression is MemberAccessExpressionSyntax member)) return false;
            var type = member.Expression is MemberAccessExpressionSyntax qualified ? qualified.Name.Identifier.ValueText : member.Expression.ToString();
            var method = member.Name.Identifier.ValueText;
            return (type == "BitConverter" && IntegerConversions.Contains(method))
                   || (type == "BinaryPrimitives" && method.StartsWith("Read", System.StringComparison.Ordinal) && method.Contains("Int"));
        }

        private static readonly HashSet<string> IntegerConversions = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "ToInt16", "ToUInt16", "ToInt32", "ToUInt32", "ToInt64", "ToUInt64",
        };

        // var hashed = SHA1.HashData(…); id = BitConverter.ToUInt16(hashed, 0): every read of the local is an integer read.
        private static bool OnlyReadAsInteger(VariableDeclaratorSyntax local)
        {
            if (!(local.Parent?.Parent is LocalDeclarationStatementSyntax statement) || statement.Parent == null) return false;
            var name = local.Identifier.ValueText;
            var reads = 0;
            foreach (var id in statement.Parent.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (id.Identifier.ValueText != name) continue;
                // var h = MD5.HashData(code); return $"#{h[0]:x2}{h[1]:x2}{h[2]:x2}": single bytes at constant indexes.
                if (id.Parent is ElementAccessExpressionSyntax byteRead && byteRead.Expression == id && IsConstantByteRead(byteRead))
                {
                    reads++;
                    continue;
                }
                if (!(id.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }) || !IsIntegerRead(call))
                    return false;
                reads++;
            }

            return reads > 0;
        }

        // digest[0], digest[3]: one byte at a literal index below 8 (a loop's digest[i] builds the whole text and does not count).
        private static bool IsConstantByteRead(ElementAccessExpressionSyntax access) =>
            access.ArgumentList.Arguments.Count == 1
            && access.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.NumericLiteralExpression)
            && literal.Token.Value is int index && index >= 0 && index < 8;

        private static bool IsGuidCreation(SyntaxNode? node) => node switch
        {
            ObjectCreationExpressionSyntax creation => LastName(creation.Type) == "Guid",
            // Guid id = new(MD5.HashData(…))
            ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.Parent is EqualsValueClauseSyntax
                { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } && LastName(declaration.Type) == "Guid",
            _ => false,
        };

        private static string LastName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            SimpleNameSyntax n => n.Identifier.ValueText,
            _ => type.ToString(),
        };

        private static readonly WordList SignatureWords = new WordList(new[] { "sign", "signature", "sig" });

        /// <summary>
        /// The digest is kept in a local named as a request signature (<c>var sign = SHA256(spCode + spPassword + ts)</c>):
        /// a shared secret inside a signing protocol, not a stored password (CMP2001 still judges the algorithm).
        /// </summary>
        public static bool IsSignatureLocal(SyntaxNode call)
        {
            var name = AssignedLocalName(call);
            return name != null && SignatureWords.Matches(name);
        }

        /// <summary>True when the identifier carries a security word (password, sign, token, login…).</summary>
        public static bool NamesSecurity(string identifier) => SecurityWords.Matches(identifier);

        /// <param name="node">The creating expression or the static hash call.</param>
        /// <param name="isHmacSha1">HMAC-SHA1 may be protocol-mandated (TOTP); plain digests are not.</param>
        public static HashUse Classify(SyntaxNode node, bool isHmacSha1, out string? nonSecurityWord)
        {
            nonSecurityWord = null;
            // var contentMd5 = Base64(MD5(body)): the HTTP Content-MD5 header (RFC 1864) that object stores require on an
            // upload, an integrity check of the body even when the request is signed next to it — unless what is hashed
            // names a secret itself.
            var local = AssignedLocalName(node);
            if (local != null && local.Replace("_", string.Empty).Equals("contentmd5", System.StringComparison.OrdinalIgnoreCase) && !HashesSecurityWord(node))
            {
                nonSecurityWord = "content-md5";
                return HashUse.NonSecurity;
            }

            // Near words (the code and its member) decide first; the type's name only breaks a tie,
            // so PasswordService.PriceListETag is still an ETag.
            var near = CollectNames(node, out var typeNames);
            // TOTP/HOTP anywhere around (a TotpGenerator class) settles HMAC-SHA1: RFC 4226/6238 mandate it.
            if (isHmacSha1)
                foreach (var words in new[] { near, typeNames })
                    foreach (var w in words)
                        if (ProtocolWords.Matches(w)) return HashUse.ProtocolMandated;
            // Only personal-data or session words around (an e-mail, a session id), none of a secret: a digest whose shape
            // says it names or numbers something protects nothing — a Gravatar URL of the e-mail, a byte or a few read as a
            // number or a colour. What is hashed then does not make the hash a security control.
            if (!near.Any(StrongSecurityWords.Matches) && !typeNames.Any(StrongSecurityWords.Matches))
            {
                var avatar = near.FirstOrDefault(AvatarWords.Matches);
                if (avatar != null) { nonSecurityWord = "avatar"; return HashUse.NonSecurity; }
                if (near.Any(SecurityWords.Matches) || typeNames.Any(SecurityWords.Matches))
                {
                    var shape = IdentifierUse(node);
                    if (shape == "number") { nonSecurityWord = shape; return HashUse.NonSecurity; }
                }
            }

            foreach (var words in new[] { near, typeNames })
            {
                foreach (var w in words)
                    if (SecurityWords.Matches(w)) return HashUse.Security;
                foreach (var w in words)
                {
                    var match = NonSecurityWords.Match(w);
                    if (match != null) { nonSecurityWord = match; return HashUse.NonSecurity; }
                }
            }
            // No word either way: where the digest goes still can tell.
            var identifier = IdentifierUse(node);
            if (identifier != null) { nonSecurityWord = identifier; return HashUse.NonSecurity; }
            return HashUse.Security;
        }

        private static bool HashesSecurityWord(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
                if (token.IsKind(SyntaxKind.IdentifierToken) && SecurityWords.Matches(token.ValueText)) return true;
            return false;
        }

        private static List<string> CollectNames(SyntaxNode node, out List<string> typeNames)
        {
            var names = new List<string>();
            typeNames = new List<string>();
            var member = (SyntaxNode?)node.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            for (var m = member; m != null; m = m.Parent)
            {
                switch (m)
                {
                    case MethodDeclarationSyntax method: names.Add(method.Identifier.ValueText); break;
                    case PropertyDeclarationSyntax prop: names.Add(prop.Identifier.ValueText); break;
                    case FieldDeclarationSyntax field:
                        foreach (var v in field.Declaration.Variables) names.Add(v.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax type: typeNames.Add(type.Identifier.ValueText); break;
                }
            }
            for (var a = node.Parent; a != null && a != member; a = a.Parent)
                if (a is LocalFunctionStatementSyntax lf) names.Add(lf.Identifier.ValueText);

            // An expression-bodied member (=> "photos/" + Hex(SHA1.HashData(jpeg)) + ".jpg") has no statement: its arrow
            // expression is the statement, or the words next to the hash would be missed.
            var statement = (SyntaxNode?)node.FirstAncestorOrSelf<StatementSyntax>() ?? node.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>() ?? node.Parent ?? node;
            AddTokens(statement, names);

            // The hashed data built in a local first (var payload = $"{id}:{expires}:{_linkSecret}"): a secret inside makes the
            // digest a keyed MAC, whatever the surrounding names say about downloads or files.
            if (member != null)
                foreach (var id in node.DescendantNodes().OfType<IdentifierNameSyntax>())
                    foreach (var declarator in member.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                        if (declarator.Identifier.ValueText == id.Identifier.ValueText && declarator.Initializer != null && !declarator.Span.Contains(node.Span))
                            AddTokens(declarator.Initializer, names);

            // The hash object kept in a local: its later uses say what it hashes.
            var local = AssignedLocalName(node);
            var body = (SyntaxNode?)node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>() ?? member;
            if (local != null && body != null)
            {
                var seen = new HashSet<SyntaxNode> { statement };
                foreach (var id in body.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (id.Identifier.ValueText != local) continue;
                    var use = id.FirstAncestorOrSelf<StatementSyntax>();
                    // A using block's statement contains the whole block: take the innermost statement only.
                    if (use != null && seen.Add(use)) AddTokens(use, names);
                }
            }
            return names;
        }

        internal static string? AssignedLocalName(SyntaxNode node)
        {
            var parent = node.Parent;
            // Through a slice (SHA1.HashData(x)[..16]), a conversion (Convert.ToHexString(MD5.HashData(x))) and a string
            // call on that text (.ToLowerInvariant(), .Trim()) — the shared DigestConversions: the local then holds the digest.
            while (true)
            {
                if (parent is ParenthesizedExpressionSyntax || parent is CastExpressionSyntax) { node = parent; parent = parent.Parent; continue; }
                if (parent is ElementAccessExpressionSyntax slice && slice.Expression == node) { node = parent; parent = parent.Parent; continue; }
                if (parent is ArgumentSyntax arg && arg.Parent is ArgumentListSyntax list && list.Parent is InvocationExpressionSyntax conversion &&
                    IsTextConversion(conversion.Expression))
                {
                    node = conversion; parent = conversion.Parent; continue;
                }
                if (parent is MemberAccessExpressionSyntax member && member.Expression == node && member.Parent is InvocationExpressionSyntax call &&
                    DigestConversions.Contains(member.Name.Identifier.ValueText))
                {
                    node = call; parent = call.Parent; continue;
                }
                break;
            }
            if (parent is EqualsValueClauseSyntax eq && eq.Parent is VariableDeclaratorSyntax v) return v.Identifier.ValueText;
            if (parent is AssignmentExpressionSyntax assign && assign.Left is IdentifierNameSyntax left) return left.Identifier.ValueText;
            return null;
        }

        private static bool IsTextConversion(ExpressionSyntax called) =>
            DigestConversions.Contains(called is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : called.ToString());

        private static void AddTokens(SyntaxNode scope, List<string> names)
        {
            // Nested lambdas and blocks would pull in unrelated code; statements are small.
            foreach (var token in scope.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    // await GetAsync(url, stoppingToken): a CancellationToken's name says "token" but it carries no secret.
                    if (CancellationTokenName.IsMatch(token.ValueText) || token.ValueText == "CancellationToken") continue;
                    // ILogger's LogInformation says nothing about the hash, but "login" is inside it.
                    if (!LoggingCalls.Contains(token.ValueText)) names.Add(token.ValueText);
                }
                else if (token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Length <= 64)
                    names.Add(FileExtension.IsMatch(token.ValueText) ? "filename" : token.ValueText);
                else if (token.IsKind(SyntaxKind.InterpolatedStringTextToken) && token.ValueText.Length <= 64) names.Add(token.ValueText);
            }
        }
    }
}
