using System;
using System.Collections.Immutable;
using System.IO;
using Compliance.Analyzers.Secrets.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Compliance.Analyzers.Secrets
{
    /// <summary>
    /// Scans configuration files that reach the build as AdditionalFiles (appsettings*.json, web.config, .env, YAML,
    /// nuget.config, *.pubxml, PEM keys) with the same detection core the CLI uses on every text file.
    /// Reports every secret in them, including provider tokens, as CMP1005 so that the build shows one id per file kind.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretInConfigurationFileAnalyzer : DiagnosticAnalyzer
    {
        // a build should not read megabytes of data files; the CLI scans those with its own size limit
        private const int MaxChars = 4 * 1024 * 1024;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SecretsDescriptors.SecretInConfigurationFile);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var isTest = SecretsReport.IsTestProject(start.Compilation);
                start.RegisterAdditionalFileAction(ctx => Analyze(ctx, isTest));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext ctx, bool isTest)
        {
            var file = ctx.AdditionalFile;
            if (!IsConfigurationFile(file.Path))
            {
                return;
            }

            var text = file.GetText(ctx.CancellationToken);
            if (text == null || text.Length > MaxChars)
            {
                return;
            }

            var content = text.ToString();
            foreach (var m in TextSecretScanner.Scan(file.Path, content))
            {
                var span = new TextSpan(m.Offset, m.Length);
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                var props = SecretsReport.Properties(RuleIdentifiers.SecretInConfigurationFile, m.Anchor, m.Evidence, isTest);
                if (m.Precision != null)
                {
                    props = props.SetItem("compliance.precision", m.Precision);
                }

                ctx.ReportDiagnostic(Diagnostic.Create(SecretsDescriptors.SecretInConfigurationFile, location, props, m.Message, m.MessageZh));
            }
        }

        /// <summary>Configuration and key files only: source files are the C# analyzers' job.</summary>
        internal static bool IsConfigurationFile(string path)
        {
            var name = Path.GetFileName(path).ToLowerInvariant();
            var ext = Path.GetExtension(name);
            if (name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name == ".npmrc")
            {
                return true;
            }

            switch (ext)
            {
                case ".json":
                case ".config":
                case ".env":
                case ".yml":
                case ".yaml":
                case ".pubxml":
                case ".publishsettings":
                case ".properties":
                case ".ini":
                case ".toml":
                case ".pem":
                case ".key":
                case ".xml":
                    return true;
                default:
                    return false;
            }
        }
    }
}
