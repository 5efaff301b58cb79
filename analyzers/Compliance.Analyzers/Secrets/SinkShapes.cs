using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>What a sink expects: a credential (any non-placeholder constant) or a connection string (must carry a password).</summary>
    internal enum SinkValueKind
    {
        Password,
        Key,
        ClientSecret,
        Credential,
        ConnectionString,
    }

    /// <summary>A credential-taking argument or member matched by type and member shape.</summary>
    internal sealed class SinkMatch
    {
        public SinkMatch(ExpressionSyntax value, SinkValueKind kind, string sinkName, string hint)
        {
            Value = value;
            Kind = kind;
            SinkName = sinkName;
            Hint = hint;
        }

        public ExpressionSyntax Value { get; }
        public SinkValueKind Kind { get; }

        /// <summary>"NetworkCredential(password)": shown in the message, never the value.</summary>
        public string SinkName { get; }

        /// <summary>A name for the configuration key the code fix suggests ("Password", "ClientSecret").</summary>
        public string Hint { get; }
    }

    /// <summary>
    /// Credential sinks matched by metadata names as strings, so neither the product nor the tests reference the SDKs:
    /// constructor arguments (by parameter name, else position), extension/static calls and member assignments.
    /// </summary>
    internal static class SinkShapes
    {
        private sealed class CtorSink
        {
            public CtorSink(string[] types, string[] paramNames, int position, int minArgs, SinkValueKind kind)
            {
                Types = types;
                ParamNames = paramNames;
                Position = position;
                MinArgs = minArgs;
                Kind = kind;
            }

            public string[] Types { get; }
            public string[] ParamNames { get; }
            public int Position { get; }
            public int MinArgs { get; }
            public SinkValueKind Kind { get; }
        }

        private static readonly CtorSink[] Ctors =
        {
            new CtorSink(new[] { "NetworkCredential" }, new[] { "password" }, 1, 2, SinkValueKind.Password),
            new CtorSink(new[] { "SqlConnection", "NpgsqlConnection", "MySqlConnection", "OracleConnection", "NpgsqlDataSourceBuilder", "SqlConnectionStringBuilder", "NpgsqlConnectionStringBuilder", "MySqlConnectionStringBuilder", "MongoClient", "MongoUrl", "RedisClient" }, new[] { "connectionString", "url" }, 0, 1, SinkValueKind.ConnectionString),
            new CtorSink(new[] { "SymmetricSecurityKey" }, new[] { "key" }, 0, 1, SinkValueKind.Key),
            new CtorSink(new[] { "HMACSHA256", "HMACSHA1", "HMACSHA384", "HMACSHA512", "HMACSHA3_256", "HMACMD5" }, new[] { "key" }, 0, 1, SinkValueKind.Key),
            new CtorSink(new[] { "X509Certificate2", "X509Certificate" }, new[] { "password" }, 1, 2, SinkValueKind.Password),
            new CtorSink(new[] { "AuthenticationHeaderValue" }, new[] { "parameter" }, 1, 2, SinkValueKind.Credential),
            new CtorSink(new[] { "ClientSecretCredential" }, new[] { "clientSecret" }, 2, 3, SinkValueKind.ClientSecret),
            new CtorSink(new[] { "StorageSharedKeyCredential" }, new[] { "accountKey" }, 1, 2, SinkValueKind.Key),
            new CtorSink(new[] { "AzureKeyCredential", "AzureSasCredential", "ApiKeyCredential" }, new[] { "key", "signature" }, 0, 1, SinkValueKind.Key),
            new CtorSink(new[] { "BasicAWSCredentials", "SessionAWSCredentials" }, new[] { "secretKey", "awsSecretAccessKey" }, 1, 2, SinkValueKind.Key),
            // AWS SDK service clients take the key pair directly: new AmazonS3Client(awsAccessKeyId, awsSecretAccessKey, config)
            new CtorSink(new[] { "AmazonS3Client", "AmazonSQSClient", "AmazonSimpleNotificationServiceClient", "AmazonSimpleEmailServiceClient", "AmazonSimpleEmailServiceV2Client", "AmazonDynamoDBClient", "AmazonLambdaClient", "AmazonSecretsManagerClient", "AmazonKinesisClient", "AmazonCloudWatchLogsClient" }, new[] { "awsSecretAccessKey" }, 1, 2, SinkValueKind.Key),
            new CtorSink(new[] { "BasicSessionCredentials", "BasicCredentials" }, new[] { "accessKeySecret", "secretKey", "sk" }, 1, 2, SinkValueKind.Key),
            new CtorSink(new[] { "Credential" }, new[] { "secretKey" }, 1, 2, SinkValueKind.Key),
            new CtorSink(new[] { "SigningCredentials" }, Array.Empty<string>(), -1, 1, SinkValueKind.Key),
            new CtorSink(new[] { "OssClient" }, new[] { "accessKeySecret" }, 2, 3, SinkValueKind.Key),
            new CtorSink(new[] { "DefaultQCloudCredentialProvider" }, new[] { "secretKey" }, 1, 2, SinkValueKind.Key),
            // SSH.NET: (host, username, password) or (host, port, username, password): the password is the last argument
            new CtorSink(new[] { "SftpClient", "SshClient", "ScpClient", "PasswordAuthenticationMethod" }, new[] { "password" }, LastArgument, 2, SinkValueKind.Password),
        };

        /// <summary>A <see cref="CtorSink"/> position: the credential is the last argument, whatever the overload.</summary>
        private const int LastArgument = int.MaxValue;

        private sealed class MemberSink
        {
            public MemberSink(string[] types, string member, SinkValueKind kind, bool typeSuffix = false)
            {
                Types = types;
                Member = member;
                Kind = kind;
                TypeSuffix = typeSuffix;
            }

            public string[] Types { get; }
            public string Member { get; }
            public SinkValueKind Kind { get; }

            /// <summary>Types given as name suffixes ("Options" matches "OpenIdConnectOptions").</summary>
            public bool TypeSuffix { get; }
        }

        private static readonly MemberSink[] Members =
        {
            new MemberSink(new[] { "SqlConnectionStringBuilder", "NpgsqlConnectionStringBuilder", "MySqlConnectionStringBuilder", "DbConnectionStringBuilder", "NetworkCredential" }, "Password", SinkValueKind.Password),
            new MemberSink(new[] { "SqlConnection", "NpgsqlConnection", "MySqlConnection", "DbConnection", "OracleConnection" }, "ConnectionString", SinkValueKind.ConnectionString),
            new MemberSink(new[] { "Aes", "SymmetricAlgorithm", "AesManaged", "AesCryptoServiceProvider", "AesCng", "TripleDES", "DES", "RijndaelManaged", "Rijndael", "HMAC", "KeyedHashAlgorithm" }, "Key", SinkValueKind.Key),
            new MemberSink(new[] { "Aes", "SymmetricAlgorithm", "AesManaged", "AesCryptoServiceProvider", "AesCng", "TripleDES", "DES", "RijndaelManaged", "Rijndael" }, "IV", SinkValueKind.Key),
            new MemberSink(new[] { "Config" }, "AccessKeySecret", SinkValueKind.Key),
            new MemberSink(new[] { "Credential" }, "SecretKey", SinkValueKind.Key),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "ClientSecret", SinkValueKind.ClientSecret, typeSuffix: true),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "AccessKeySecret", SinkValueKind.Key, typeSuffix: true),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "SecretAccessKey", SinkValueKind.Key, typeSuffix: true),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "SecretKey", SinkValueKind.Key, typeSuffix: true),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "Password", SinkValueKind.Password, typeSuffix: true),
            new MemberSink(new[] { "Options", "Config", "Configuration", "Settings", "Credential", "Credentials" }, "ApiKey", SinkValueKind.Key, typeSuffix: true),
            new MemberSink(new[] { "TokenValidationParameters" }, "IssuerSigningKey", SinkValueKind.Key),
        };

        /// <summary>Connection-string methods: DbContextOptionsBuilder extensions, ConnectionMultiplexer.Connect.</summary>
        internal static readonly Dictionary<string, string[]> ConnectionStringMethods = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["UseSqlServer"] = Array.Empty<string>(),
            ["UseNpgsql"] = Array.Empty<string>(),
            ["UseMySql"] = Array.Empty<string>(),
            ["UseMySQL"] = Array.Empty<string>(),
            ["UseOracle"] = Array.Empty<string>(),
            ["UseAzureSql"] = Array.Empty<string>(),
            ["Connect"] = new[] { "ConnectionMultiplexer" },
            ["ConnectAsync"] = new[] { "ConnectionMultiplexer" },
            ["Create"] = new[] { "NpgsqlDataSource" },
        };

        /// <summary>Methods that set a header from (name, value): a credential when the name is in <see cref="AuthHeaderNames"/>.</summary>
        internal static readonly HashSet<string> HeaderMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Add", "TryAddWithoutValidation", "Append", "AddHeader", "SetHeader",
        };

        /// <summary>Methods whose last argument is a credential (GetProfile: its third, on DefaultProfile).</summary>
        internal static readonly HashSet<string> CredentialMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "GetProfile", "SetBasicAuthentication", "SetBearerToken", "UseBasicAuthentication",
        };

        /// <summary>
        /// Methods whose last argument is a password: a fluent broker/host builder's <c>h.Password("…")</c>,
        /// <c>X509CertificateLoader.LoadPkcs12FromFile(path, password)</c>.
        /// </summary>
        internal static readonly HashSet<string> PasswordMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Password", "LoadPkcs12", "LoadPkcs12FromFile",
        };

        /// <summary>
        /// Mail clients' sign-in: MailKit's <c>smtp.AuthenticateAsync(user, password[, ct])</c> (also with an
        /// <c>Encoding</c> first). Only on a mail client, so a project's own <c>Authenticate(user, pass)</c> is not a sink.
        /// </summary>
        internal static readonly HashSet<string> MailAuthenticateMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Authenticate", "AuthenticateAsync",
        };

        private static readonly string[] MailClients =
        {
            "SmtpClient", "ImapClient", "Pop3Client", "MailService", "MailStore", "MailSpool", "ISmtpClient", "IImapClient", "IPop3Client", "IMailService",
        };

        /// <summary>Methods whose two arguments are an access key and secret, or a cipher key and IV (matched below).</summary>
        internal static readonly HashSet<string> KeyArgumentMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "WithCredentials", "CreateEncryptor", "CreateDecryptor",
        };

        internal static readonly HashSet<string> AuthHeaderNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Proxy-Authorization", "X-Api-Key", "Api-Key", "ApiKey", "X-Auth-Token", "Ocp-Apim-Subscription-Key", "X-API-TOKEN", "PRIVATE-TOKEN",
        };

        public static string MethodName(InvocationExpressionSyntax inv) => inv.Expression switch
        {
            MemberAccessExpressionSyntax ma => ma.Name.Identifier.ValueText,
            IdentifierNameSyntax id => id.Identifier.ValueText,
            GenericNameSyntax g => g.Identifier.ValueText,
            MemberBindingExpressionSyntax mb => mb.Name.Identifier.ValueText,
            _ => string.Empty,
        };

        /// <summary>All sink arguments/values of <paramref name="node"/> (an object creation, invocation or assignment).</summary>
        public static IEnumerable<SinkMatch> Match(SyntaxNode node, SemanticModel model, CancellationToken ct)
        {
            switch (node)
            {
                case BaseObjectCreationExpressionSyntax creation:
                    foreach (var m in MatchCreation(creation, model, ct))
                    {
                        yield return m;
                    }

                    break;
                case InvocationExpressionSyntax inv:
                    foreach (var m in MatchInvocation(inv, model, ct))
                    {
                        yield return m;
                    }

                    break;
                case AssignmentExpressionSyntax assign when assign.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    var sink = MatchAssignment(assign, model, ct);
                    if (sink != null)
                    {
                        yield return sink;
                    }

                    break;
            }
        }

        private static string CreatedTypeName(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken ct)
        {
            var type = model.GetTypeInfo(creation, ct).Type;
            if (type != null && type.TypeKind != TypeKind.Error)
            {
                return type.Name;
            }

            // unresolved SDK type: fall back to the name written in the code
            return creation is ObjectCreationExpressionSyntax oc ? RightmostName(oc.Type) : type?.Name ?? string.Empty;
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => type.ToString(),
        };

        internal static readonly HashSet<string> CtorTypeNames = new HashSet<string>(Ctors.SelectMany(c => c.Types), StringComparer.Ordinal);
        internal static readonly HashSet<string> MemberNames = new HashSet<string>(Members.Select(m => m.Member), StringComparer.Ordinal);

        private static IEnumerable<SinkMatch> MatchCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken ct)
        {
            // new HangfireBasicAuth("ops", "…"), new BasicAuthDashboardFilter("ops", "…"): a basic-auth filter's (user, password)
            if (creation is ObjectCreationExpressionSyntax basic && creation.ArgumentList?.Arguments.Count == 2
                && RightmostName(basic.Type).IndexOf("BasicAuth", StringComparison.OrdinalIgnoreCase) >= 0
                && ConstantResolver.Unwrap(creation.ArgumentList.Arguments[0].Expression) is LiteralExpressionSyntax user && user.IsKind(SyntaxKind.StringLiteralExpression))
            {
                yield return new SinkMatch(creation.ArgumentList.Arguments[1].Expression, SinkValueKind.Password, RightmostName(basic.Type) + "(password)", "Password");
                yield break;
            }

            // cheap syntactic filter first: most creations are not credential sinks (aliases are rare enough to miss)
            if (creation is ObjectCreationExpressionSyntax written && !CtorTypeNames.Contains(RightmostName(written.Type)))
            {
                yield break;
            }

            var typeName = CreatedTypeName(creation, model, ct);
            if (typeName.Length == 0)
            {
                yield break;
            }

            var args = creation.ArgumentList?.Arguments ?? default;
            var ctor = args.Count > 0 ? model.GetSymbolInfo(creation, ct).Symbol as IMethodSymbol : null;
            foreach (var sink in Ctors)
            {
                if (Array.IndexOf(sink.Types, typeName) < 0 || args.Count < sink.MinArgs || sink.Position < 0)
                {
                    continue;
                }

                var arg = FindArgument(args, ctor, sink.ParamNames, sink.Position);
                if (arg != null)
                {
                    var hint = sink.ParamNames.Length > 0 ? sink.ParamNames[0] : "Secret";
                    yield return new SinkMatch(arg.Expression, sink.Kind, typeName + "(" + hint + ")", typeName + Pascal(hint));
                }
            }
        }

        private static ArgumentSyntax? FindArgument(SeparatedSyntaxList<ArgumentSyntax> args, IMethodSymbol? method, string[] names, int position)
        {
            // named arguments first, then the parameter the compiler bound, then position
            foreach (var a in args)
            {
                if (a.NameColon != null && names.Contains(a.NameColon.Name.Identifier.ValueText, StringComparer.OrdinalIgnoreCase))
                {
                    return a;
                }
            }

            if (method != null)
            {
                for (var i = 0; i < args.Count && i < method.Parameters.Length; i++)
                {
                    if (args[i].NameColon == null && names.Contains(method.Parameters[i].Name, StringComparer.OrdinalIgnoreCase))
                    {
                        return args[i];
                    }
                }

                // resolved, but none of the parameters is the credential (e.g. X509Certificate2(byte[]))
                if (names.Length > 0 && !method.Parameters.Any(p => names.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    return null;
                }
            }

            if (position == LastArgument)
            {
                position = args.Count - 1;
            }

            return position < args.Count && args[position].NameColon == null ? args[position] : null;
        }

        private static IEnumerable<SinkMatch> MatchInvocation(InvocationExpressionSyntax inv, SemanticModel model, CancellationToken ct)
        {
            var name = MethodName(inv);
            var args = inv.ArgumentList.Arguments;
            if (args.Count == 0)
            {
                yield break;
            }

            if (ConnectionStringMethods.TryGetValue(name, out var receivers) && (receivers.Length == 0 || ReceiverIs(inv, receivers, model, ct)))
            {
                yield return new SinkMatch(args[0].Expression, SinkValueKind.ConnectionString, name + "(connectionString)", "ConnectionString");
                yield break;
            }

            if (name == "GetProfile" && args.Count >= 3 && ReceiverIs(inv, new[] { "DefaultProfile" }, model, ct))
            {
                yield return new SinkMatch(args[2].Expression, SinkValueKind.Key, "DefaultProfile.GetProfile(secret)", "AccessKeySecret");
                yield break;
            }

            if (HeaderMethods.Contains(name) && args.Count == 2)
            {
                if (!ConstantResolver.MayBeConstant(args[1].Expression))
                {
                    yield break; // a computed value is never a hard-coded credential: don't bind the method for its key
                }

                var header = HeaderName(args[0].Expression, model, ct);
                if (header.HasValue && header.Value is string h && (IsCredentialHeader(h, inv.Expression) || IsRandomValueOfCredentialHeader(h, inv.Expression, args[1].Expression, model, ct)))
                {
                    yield return new SinkMatch(args[1].Expression, SinkValueKind.Credential, "header " + h, Pascal(h.Replace("-", string.Empty)));
                }

                yield break;
            }

            if (CredentialMethods.Contains(name) && name != "GetProfile")
            {
                yield return new SinkMatch(args[args.Count - 1].Expression, SinkValueKind.Credential, name, "Token");
                yield break;
            }

            if (PasswordMethods.Contains(name) && (name == "Password" ? args.Count == 1 : args.Count == 2))
            {
                yield return new SinkMatch(args[args.Count - 1].Expression, SinkValueKind.Password, name + "(password)", "Password");
                yield break;
            }

            if (MailAuthenticateMethods.Contains(name) && args.Count >= 2 && ReceiverIs(inv, MailClients, model, ct))
            {
                // (encoding, user, password, ct) when an Encoding comes first, else (user, password, ct); a named password wins
                var named = args.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "password");
                var index = args[0].Expression.ToString().IndexOf("Encoding", StringComparison.Ordinal) >= 0 ? 2 : 1;
                var password = named ?? (index < args.Count && args[index].NameColon == null ? args[index] : null);
                if (password != null)
                {
                    yield return new SinkMatch(password.Expression, SinkValueKind.Password, name + "(password)", "SmtpPassword");
                }

                yield break;
            }

            // Minio's builder: WithCredentials(accessKey, secretKey)
            if (name == "WithCredentials" && args.Count == 2) // KeyArgumentMethods
            {
                yield return new SinkMatch(args[1].Expression, SinkValueKind.Key, "WithCredentials(secretKey)", "SecretKey");
                yield break;
            }

            // aes.CreateEncryptor(key, iv): both are key material
            if ((name == "CreateEncryptor" || name == "CreateDecryptor") && args.Count == 2)
            {
                yield return new SinkMatch(args[0].Expression, SinkValueKind.Key, name + "(rgbKey)", "Key");
                yield return new SinkMatch(args[1].Expression, SinkValueKind.Key, name + "(rgbIV)", "IV");
                yield break;
            }

            foreach (var m in MatchCryptoHelper(inv, name, args, model, ct))
            {
                yield return m;
            }
        }

        /// <summary>
        /// A project's own cipher helper (Sm4Helper.Encrypt(text, key), DESEncrypt.Decrypt(text, sKey, iv)): an argument bound to a
        /// key or IV parameter of a method named for encryption, or declared in a type named for a cipher. Bound only when the
        /// written name says so and some argument may be a constant.
        /// </summary>
        private static IEnumerable<SinkMatch> MatchCryptoHelper(InvocationExpressionSyntax inv, string name, SeparatedSyntaxList<ArgumentSyntax> args, SemanticModel model, CancellationToken ct)
        {
            if (args.Count < 2 || !(IsCipherWord(name) || inv.Expression is MemberAccessExpressionSyntax ma && ma.Expression is IdentifierNameSyntax owner && IsCipherWord(owner.Identifier.ValueText)))
            {
                yield break;
            }

            var any = false;
            foreach (var a in args)
            {
                any |= ConstantResolver.MayBeConstant(a.Expression);
            }

            if (!any || !(model.GetSymbolInfo(inv, ct).Symbol is IMethodSymbol method) || !(IsCipherWord(method.Name) || IsCipherWord(method.ContainingType?.Name ?? string.Empty)))
            {
                yield break;
            }

            for (var i = 0; i < args.Count; i++)
            {
                var parameter = args[i].NameColon != null
                    ? method.Parameters.FirstOrDefault(p => p.Name == args[i].NameColon!.Name.Identifier.ValueText)
                    : i < method.Parameters.Length ? method.Parameters[i] : null;
                if (parameter != null && parameter.Type.TypeKind != TypeKind.Error && IsKeyParameter(parameter.Name, out var isIv))
                {
                    yield return new SinkMatch(args[i].Expression, SinkValueKind.Key, method.Name + "(" + parameter.Name + ")", isIv ? "IV" : Pascal(parameter.Name));
                }
            }
        }

        private static readonly string[] CipherWords = { "encrypt", "decrypt", "crypt", "cipher", "sm4", "aes", "des", "rijndael" };

        /// <summary>Encrypt, AesDecrypt, Sm4Helper, DESEncrypt, CryptoUtil; not Describe or Destination ("des" only as a word of its own).</summary>
        internal static bool IsCipherWord(string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            foreach (var w in Secrets.Detection.SecretNames.SplitWords(name))
            {
                foreach (var c in CipherWords)
                {
                    if (w == c || (c.Length > 4 && w.StartsWith(c, StringComparison.Ordinal)) || w == c + "helper" || w == c + "util" || w == c + "utils")
                    {
                        return true;
                    }
                }

                if (w.StartsWith("des", StringComparison.Ordinal) && w.Length > 3 && (w.EndsWith("encrypt", StringComparison.Ordinal) || w.EndsWith("decrypt", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>key, sKey, secretKey, aesKey, rgbKey, iv, rgbIV, ivStr: not keySize, keyword, keyName.</summary>
        private static bool IsKeyParameter(string name, out bool isIv)
        {
            isIv = false;
            var words = Secrets.Detection.SecretNames.SplitWords(name);
            if (words.Count == 0)
            {
                return false;
            }

            var last = words[words.Count - 1];
            if (last == "str" || last == "string" || last == "bytes" || last == "value")
            {
                last = words.Count > 1 ? words[words.Count - 2] : last;
            }

            // not "password": PasswordHelper.Encrypt("123456", salt) in a seeder is a default password, judged elsewhere
            isIv = last == "iv" || last == "vector";
            return last == "key" || last == "iv" || last == "skey" || last == "vector" || last == "secret";
        }

        /// <summary>
        /// A well-known authorization header anywhere, or a secret-named header ("X-Access-Token", "appsecret") set on
        /// something written as a header collection (DefaultRequestHeaders, request.Headers): a dictionary's "token" entry
        /// stays a secret-named entry (CMP1002).
        /// </summary>
        private static bool IsCredentialHeader(string header, ExpressionSyntax target)
        {
            if (AuthHeaderNames.Contains(header))
            {
                return true;
            }

            if (header.Length == 0 || header.Length > 40 || header.IndexOf(' ') >= 0 || !Secrets.Detection.SecretNames.IsSecretName(header))
            {
                return false;
            }

            var written = target.ToString();
            return written.IndexOf("Header", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>
        /// A custom header named for a credential (X-Notary-Key, X-Channel-Auth) on a header collection, given a random
        /// constant: the name alone is weaker evidence than a secret name, so the value must look machine-generated.
        /// </summary>
        private static bool IsRandomValueOfCredentialHeader(string header, ExpressionSyntax target, ExpressionSyntax value, SemanticModel model, CancellationToken ct)
        {
            if (!Secrets.Detection.CredentialHeaders.IsCredentialHeaderName(header) || target.ToString().IndexOf("Header", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return false;
            }

            var resolved = ConstantResolver.Resolve(value, model, ct);
            return resolved != null && !resolved.IsBytes && Secrets.Detection.CredentialHeaders.IsRandomCredentialValue(resolved.Text);
        }

        /// <summary>The constant value of a header-name argument; a literal is read without binding.</summary>
        private static Optional<object?> HeaderName(ExpressionSyntax expr, SemanticModel model, CancellationToken ct) =>
            expr is LiteralExpressionSyntax lit
                ? (lit.IsKind(SyntaxKind.StringLiteralExpression) ? new Optional<object?>(lit.Token.ValueText) : default)
                : model.GetConstantValue(expr, ct);

        private static bool ReceiverIs(InvocationExpressionSyntax inv, string[] typeNames, SemanticModel model, CancellationToken ct)
        {
            if (inv.Expression is MemberAccessExpressionSyntax ma)
            {
                var symbol = model.GetSymbolInfo(inv, ct).Symbol as IMethodSymbol;
                if (symbol != null && typeNames.Contains(symbol.ContainingType.Name))
                {
                    return true;
                }

                var written = ma.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText : ma.Expression is MemberAccessExpressionSyntax inner ? inner.Name.Identifier.ValueText : string.Empty;
                if (typeNames.Contains(written))
                {
                    return true;
                }

                var type = model.GetTypeInfo(ma.Expression, ct).Type;
                return type != null && typeNames.Contains(type.Name);
            }

            return false;
        }

        private static SinkMatch? MatchAssignment(AssignmentExpressionSyntax assign, SemanticModel model, CancellationToken ct)
        {
            // headers["Authorization"] = "Bearer …" (HttpRequestHeaders, IHeaderDictionary, WebHeaderCollection, plain dictionaries)
            if (assign.Left is ElementAccessExpressionSyntax ea && ea.ArgumentList.Arguments.Count == 1)
            {
                if (!ConstantResolver.MayBeConstant(assign.Right))
                {
                    return null;
                }

                var header = HeaderName(ea.ArgumentList.Arguments[0].Expression, model, ct);
                return header.HasValue && header.Value is string h && IsCredentialHeader(h, ea.Expression)
                    ? new SinkMatch(assign.Right, SinkValueKind.Credential, "header " + h, Pascal(h.Replace("-", string.Empty)))
                    : null;
            }

            var written = assign.Left is MemberAccessExpressionSyntax wm ? wm.Name.Identifier.ValueText : assign.Left is IdentifierNameSyntax wi ? wi.Identifier.ValueText : null;
            if (written == null || !MemberNames.Contains(written))
            {
                return null;
            }

            string member;
            var ownerTypes = new List<string>();
            switch (assign.Left)
            {
                case MemberAccessExpressionSyntax ma:
                    member = ma.Name.Identifier.ValueText;
                    AddTypeChain(ownerTypes, model.GetTypeInfo(ma.Expression, ct).Type);
                    break;
                case IdentifierNameSyntax id when assign.Parent is InitializerExpressionSyntax init && init.IsKind(SyntaxKind.ObjectInitializerExpression):
                    member = id.Identifier.ValueText;
                    if (init.Parent is BaseObjectCreationExpressionSyntax creation)
                    {
                        AddTypeChain(ownerTypes, model.GetTypeInfo(creation, ct).Type);
                        if (creation is ObjectCreationExpressionSyntax oc)
                        {
                            ownerTypes.Add(RightmostName(oc.Type));
                        }
                    }

                    break;
                default:
                    return null;
            }

            if (model.GetSymbolInfo(assign.Left, ct).Symbol is IPropertySymbol prop)
            {
                AddTypeChain(ownerTypes, prop.ContainingType);
            }

            foreach (var sink in Members)
            {
                if (sink.Member != member)
                {
                    continue;
                }

                foreach (var owner in ownerTypes)
                {
                    var hit = sink.TypeSuffix ? sink.Types.Any(t => owner.EndsWith(t, StringComparison.Ordinal)) : sink.Types.Contains(owner);
                    if (hit)
                    {
                        return new SinkMatch(assign.Right, sink.Kind, owner + "." + member, member);
                    }
                }
            }

            return null;
        }

        private static void AddTypeChain(List<string> names, ITypeSymbol? type)
        {
            for (var t = type; t != null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                if (t.TypeKind != TypeKind.Error)
                {
                    names.Add(t.Name);
                }
            }
        }

        internal static string Pascal(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
