namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Concurrent;
    using Compliance.Analyzers.Common;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.Diagnostics;

    /// <summary>
    /// Per-compilation state: types resolved once, whether this is a test project, and options
    /// per syntax tree. Types that do not resolve (fallback compilation) are matched by name.
    /// </summary>
    internal sealed class PiiCompilationContext
    {
        private readonly ConcurrentDictionary<SyntaxTree, PiiOptions> options = new ConcurrentDictionary<SyntaxTree, PiiOptions>();
        private readonly AnalyzerConfigOptionsProvider optionsProvider;

        public PiiCompilationContext(Compilation compilation, AnalyzerConfigOptionsProvider optionsProvider)
        {
            this.optionsProvider = optionsProvider;
            Compilation = compilation;
            IsTestProject = TestProjectDetector.IsTestProject(compilation);
            Exception = Common.MetadataTypes.Get(compilation, "System.Exception");
            TextWriter = Common.MetadataTypes.Get(compilation, "System.IO.TextWriter");
            HashAlgorithm = Common.MetadataTypes.Get(compilation, "System.Security.Cryptography.HashAlgorithm");
            KeyedHashAlgorithm = Common.MetadataTypes.Get(compilation, "System.Security.Cryptography.KeyedHashAlgorithm");
            personalExceptionMessages = new Lazy<System.Collections.Generic.List<Flow.PersonalExceptionMessages.Thrown>>(
                () => Flow.PersonalExceptionMessages.Find(this), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        /// <summary>Account types whose bare Name is unique, hence a handle (<see cref="UniqueNameHandles"/>); found on first use.</summary>
        public System.Collections.Generic.HashSet<string> UniqueNameOwners => uniqueNameOwners ??= UniqueNameHandles.Find(Compilation);

        private System.Collections.Generic.HashSet<string>? uniqueNameOwners;

        /// <summary>Throws whose message carries personal data (<see cref="Flow.PersonalExceptionMessages"/>); found on first use.</summary>
        internal System.Collections.Generic.List<Flow.PersonalExceptionMessages.Thrown> ThrowsWithPersonalData => personalExceptionMessages.Value;

        private readonly Lazy<System.Collections.Generic.List<Flow.PersonalExceptionMessages.Thrown>> personalExceptionMessages;
        public bool IsTestProject { get; }
        public INamedTypeSymbol? Exception { get; }
        public INamedTypeSymbol? TextWriter { get; }
        public INamedTypeSymbol? HashAlgorithm { get; }
        public INamedTypeSymbol? KeyedHashAlgorithm { get; }

        /// <summary>
        /// Each type's source <c>ToString()</c> override or null (<see cref="PiiFlowTracer"/> asks for every object-typed operand
        /// it visits; the answer is the type's, so it is looked up once per type and compilation, not per operation).
        /// </summary>
        internal ConcurrentDictionary<ITypeSymbol, IMethodSymbol?> ToStringOverrides { get; } =
            new ConcurrentDictionary<ITypeSymbol, IMethodSymbol?>(SymbolEqualityComparer.Default);

        public PiiOptions OptionsFor(SyntaxTree tree) =>
            options.GetOrAdd(tree, t =>
            {
                var o = optionsProvider.GetOptions(t);
                return PiiOptions.Parse(key => o.TryGetValue(key, out var v) ? v : null);
            });

        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType, string fallbackFullName)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                if (baseType != null ? SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType) : FullName(t) == fallbackFullName)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool DerivesFromName(ITypeSymbol? type, string fullName)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                if (FullName(t) == fullName)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool DerivesFromSimpleName(ITypeSymbol? type, string name)
        {
            for (var t = type; t != null; t = t.BaseType)
            {
                if (t.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        public static string FullName(ITypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            var prefix = ns == null || ns.IsGlobalNamespace ? string.Empty : NamespaceName(ns) + ".";
            var name = type.MetadataName;
            var containing = type.ContainingType;
            while (containing != null)
            {
                name = containing.MetadataName + "+" + name;
                containing = containing.ContainingType;
            }

            return prefix + name;
        }

        public static string Namespace(ISymbol? symbol)
        {
            var ns = symbol?.ContainingNamespace;
            return ns == null || ns.IsGlobalNamespace ? string.Empty : NamespaceName(ns);
        }

        // Namespace names are asked for on every type of every traced operation (DerivesFromName walks base types);
        // ToDisplayString builds display parts each time (perf4: 0.7 % of a dense scan's CPU samples). A namespace symbol is
        // one object per compilation, so its name is kept with it.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamespaceSymbol, string> NamespaceNames =
            new System.Runtime.CompilerServices.ConditionalWeakTable<INamespaceSymbol, string>();

        private static string NamespaceName(INamespaceSymbol ns) =>
            NamespaceNames.TryGetValue(ns, out var name) ? name : NamespaceNames.GetValue(ns, n => n.ToDisplayString());

        /// <summary>
        /// An attribute that marks personal data: Microsoft.Extensions.Compliance
        /// DataClassificationAttribute subclasses, ASP.NET Core Identity [PersonalData] /
        /// [ProtectedPersonalData], or one named in <c>compliance.pii_attributes</c>.
        /// </summary>
        public static bool IsClassificationAttribute(INamedTypeSymbol? attribute, PiiOptions options)
        {
            for (var t = attribute; t != null; t = t.BaseType)
            {
                var full = FullName(t);
                if (full == "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute"
                    || full == "Microsoft.AspNetCore.Identity.PersonalDataAttribute"
                    || full == "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute")
                {
                    return true;
                }

                foreach (var configured in options.Attributes)
                {
                    var bare = configured.EndsWith("Attribute", StringComparison.Ordinal) ? configured : configured + "Attribute";
                    if (string.Equals(configured, full, StringComparison.Ordinal) || string.Equals(bare, full, StringComparison.Ordinal)
                        || string.Equals(configured, t.Name, StringComparison.Ordinal) || string.Equals(bare, t.Name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public static bool HasClassificationAttribute(ISymbol symbol, PiiOptions options)
        {
            foreach (var a in symbol.GetAttributes())
            {
                if (IsClassificationAttribute(a.AttributeClass, options))
                {
                    return true;
                }
            }

            // Record positional parameters carry the attribute on the parameter, not the property.
            if (symbol is IPropertySymbol property && property.ContainingType != null && property.ContainingType.IsRecord)
            {
                foreach (var ctor in property.ContainingType.InstanceConstructors)
                {
                    foreach (var p in ctor.Parameters)
                    {
                        if (p.Name == property.Name)
                        {
                            foreach (var a in p.GetAttributes())
                            {
                                if (IsClassificationAttribute(a.AttributeClass, options))
                                {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Types that cannot hold personal data however they are named: bool (a safe projection
        /// such as <c>phone != null</c>), enums, delegates, and framework infrastructure
        /// (ClaimsIdentity, IPAddress, ILogger…).
        /// </summary>
        public static bool CanHoldPii(ITypeSymbol? type)
        {
            if (type == null)
            {
                return true;
            }

            if (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Delegate)
            {
                return false;
            }

            if (type is INamedTypeSymbol named && named.IsGenericType && named.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
            {
                return CanHoldPii(named.TypeArguments[0]);
            }

            var ns = Namespace(type);
            if (type is INamedTypeSymbol task && task.IsGenericType && task.TypeArguments.Length == 1 && (type.Name == "Task" || type.Name == "ValueTask")
                && ns == "System.Threading.Tasks")
            {
                // Task<IActionResult> RedirectToConfirmEmail(user): the awaited value decides, not the task
                return CanHoldPii(task.TypeArguments[0]);
            }

            if (type.Name == "StringValues")
            {
                return true;
            }

            if (ns.StartsWith("Microsoft.", StringComparison.Ordinal) || ns.StartsWith("System.Security", StringComparison.Ordinal)
                || ns.StartsWith("System.Reflection", StringComparison.Ordinal) || ns == "System.Net" || ns.StartsWith("System.Net.NetworkInformation", StringComparison.Ordinal)
                || ns.StartsWith("System.Threading", StringComparison.Ordinal) && type.Name != "Task" && type.Name != "ValueTask")
            {
                return false;
            }

            return true;
        }
    }
}
