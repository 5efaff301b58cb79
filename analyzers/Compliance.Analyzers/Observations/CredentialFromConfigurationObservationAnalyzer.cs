namespace Compliance.Analyzers.Observations
{
    using System;
    using System.Collections.Immutable;
    using System.Threading;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.Secrets;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// CMP1990 (hidden observation): a credential sink (the ones CMP1001 knows — NetworkCredential, connection
    /// string builders, SDK client options…) fed from configuration (<c>IConfiguration["…"]</c>,
    /// <c>GetConnectionString</c>, <c>GetValue</c>, <c>GetSection(…).Value</c>), an environment variable or a
    /// secret store (<c>GetSecret</c>/<c>GetSecretValue</c>), directly or through a local's initializer.
    /// A sink fed from anything else (a parameter, a field) is no evidence either way.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialFromConfigurationObservationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Secrets.SecretsDescriptors.CredentialFromConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression,
                SyntaxKind.InvocationExpression, SyntaxKind.SimpleAssignmentExpression);
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            foreach (var sink in SinkShapes.Match(context.Node, context.SemanticModel, context.CancellationToken))
            {
                var source = Source(sink.Value, context.SemanticModel, context.CancellationToken, 0);
                if (source == null) continue;
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add("compliance.anchor", MemberAnchor.For(sink.Value, context.SemanticModel))
                    .Add("compliance.source", source.Value.Token);
                context.ReportDiagnostic(Diagnostic.Create(Secrets.SecretsDescriptors.CredentialFromConfiguration, sink.Value.GetLocation(), properties,
                    Kind(sink.Kind), sink.SinkName, source.Value.Text));
            }
        }

        private static BilingualString Kind(SinkValueKind kind) => kind switch
        {
            SinkValueKind.Password => new BilingualString("password", "密码"),
            SinkValueKind.Key => new BilingualString("key", "密钥"),
            SinkValueKind.ClientSecret => new BilingualString("client secret", "客户端密钥"),
            SinkValueKind.ConnectionString => new BilingualString("connection string", "连接字符串"),
            _ => new BilingualString("credential", "凭据"),
        };

        private static readonly (string Token, BilingualString Text) Configuration = ("configuration", new BilingualString("configuration", "配置"));
        private static readonly (string Token, BilingualString Text) Environment = ("environment", new BilingualString("an environment variable", "环境变量"));
        private static readonly (string Token, BilingualString Text) SecretStore = ("secret-store", new BilingualString("a secret store", "密钥管理服务"));

        /// <summary>Where the value comes from, when it is configuration, the environment or a secret store; else null.</summary>
        private static (string Token, BilingualString Text)? Source(ExpressionSyntax value, SemanticModel model, CancellationToken ct, int depth)
        {
            if (depth > 4) return null;
            switch (value)
            {
                case ParenthesizedExpressionSyntax p: return Source(p.Expression, model, ct, depth + 1);
                case PostfixUnaryExpressionSyntax bang when bang.IsKind(SyntaxKind.SuppressNullableWarningExpression): return Source(bang.Operand, model, ct, depth + 1);
                case CastExpressionSyntax cast: return Source(cast.Expression, model, ct, depth + 1);
                case AwaitExpressionSyntax aw: return Source(aw.Expression, model, ct, depth + 1);
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression): return Source(coalesce.Left, model, ct, depth + 1);
                case MemberAccessExpressionSyntax ma when ma.Name.Identifier.ValueText == "Value": return Source(ma.Expression, model, ct, depth + 1);
                case ElementAccessExpressionSyntax ea when IsConfiguration(ea.Expression, model, ct): return Configuration;
                case InvocationExpressionSyntax call:
                    var name = SinkShapes.MethodName(call);
                    if (name == "GetEnvironmentVariable") return Environment;
                    if (name.StartsWith("GetSecret", StringComparison.Ordinal)) return SecretStore;
                    if ((name == "GetConnectionString" || name == "GetValue" || name == "GetSection" || name == "GetRequiredSection")
                        && call.Expression is MemberAccessExpressionSyntax recv && IsConfiguration(recv.Expression, model, ct))
                        return Configuration;
                    if (name == "ToString" && call.Expression is MemberAccessExpressionSyntax ts) return Source(ts.Expression, model, ct, depth + 1);
                    return null;
                case IdentifierNameSyntax id when model.GetSymbolInfo(id, ct).Symbol is ILocalSymbol local && local.DeclaringSyntaxReferences.Length == 1:
                    return local.DeclaringSyntaxReferences[0].GetSyntax(ct) is VariableDeclaratorSyntax { Initializer: { } init }
                        ? Source(init.Value, model, ct, depth + 1) : null;
                default: return null;
            }
        }

        /// <summary>An IConfiguration (or section/root/manager) by type; by name when the type does not resolve (fallback compilation).</summary>
        private static bool IsConfiguration(ExpressionSyntax receiver, SemanticModel model, CancellationToken ct)
        {
            var type = model.GetTypeInfo(receiver, ct).Type;
            if (type != null && type.TypeKind != TypeKind.Error)
            {
                if (IsConfigurationType(type)) return true;
                foreach (var i in type.AllInterfaces)
                    if (IsConfigurationType(i)) return true;
                return false;
            }

            var text = receiver is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : receiver.ToString();
            return text.IndexOf("config", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static bool IsConfigurationType(ITypeSymbol t) =>
            t.Name.StartsWith("IConfiguration", StringComparison.Ordinal) && t.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration";
    }
}
