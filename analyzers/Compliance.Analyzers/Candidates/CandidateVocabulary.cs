using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Compliance.Analyzers.PersonalData.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Compliance.Analyzers.Common.SourceLookup;

namespace Compliance.Analyzers.Candidates
{
    /// <summary>
    /// Names that make code worth binding although they say nothing by themselves, found in one
    /// syntactic pass over the whole compilation (no binding):
    /// <list type="bullet">
    /// <item>members carrying a PII classification attribute ([PersonalData] string Foo: a use of <c>Foo</c> is a source);</item>
    /// <item>types with personal-data properties (a record or a serialised DTO leaks them whole), and every
    /// field, property, method or type whose declared type mentions one (<c>DbSet&lt;Customer&gt; Customers</c>,
    /// <c>Task&lt;CustomerDto&gt; GetAsync</c>, <c>class GetCustomer : IRequest&lt;CustomerDto&gt;</c>), to a fixpoint;</item>
    /// <item>string constants whose value is an authorization header name (<c>headers.Add(AuthHeader, …)</c>).</item>
    /// </list>
    /// </summary>
    public sealed class CandidateVocabulary
    {
        private CandidateVocabulary(HashSet<string> names, HashSet<string> secretConstants, HashSet<string> logMethods, HashSet<string> classifiedMembers)
        {
            this.classifiedMembers = classifiedMembers;
            Names = names;
            this.secretConstants = secretConstants;
            this.logMethods = logMethods;
        }

        private readonly HashSet<string> secretConstants;
        private readonly HashSet<string> logMethods;
        private readonly HashSet<string> classifiedMembers;

        /// <summary>Fields and properties carrying a PII classification attribute (in source or on a library type the code uses).</summary>
        internal bool IsClassifiedMember(string identifier) => classifiedMembers.Contains(identifier);

        /// <summary>String constants holding an authorization header name: secrets evidence, not personal data.</summary>
        internal bool IsSecretConstant(string identifier) => secretConstants.Contains(identifier);

        /// <summary>[LoggerMessage] methods and LoggerMessage.Define fields declared in source, whatever their name: calling one logs.</summary>
        internal bool IsLogMethod(string identifier) => logMethods.Contains(identifier);

        /// <summary>Identifiers that make a unit a candidate wherever they appear.</summary>
        public IReadOnlyCollection<string> Names { get; }

        internal bool Contains(string identifier) => ((HashSet<string>)Names).Contains(identifier);

        internal System.Collections.Concurrent.ConcurrentDictionary<string, bool> LiteralCache { get; } =
            new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        private readonly System.Collections.Concurrent.ConcurrentDictionary<(PiiOptions, Hashing.PasswordNames), System.Collections.Concurrent.ConcurrentDictionary<string, CandidateUnits.Hit>> identifierCaches =
            new System.Collections.Concurrent.ConcurrentDictionary<(PiiOptions, Hashing.PasswordNames), System.Collections.Concurrent.ConcurrentDictionary<string, CandidateUnits.Hit>>();

        internal System.Collections.Concurrent.ConcurrentDictionary<string, CandidateUnits.Hit> IdentifierCache(PiiOptions pii, Hashing.PasswordNames passwords) =>
            identifierCaches.GetOrAdd((pii, passwords), _ => new System.Collections.Concurrent.ConcurrentDictionary<string, CandidateUnits.Hit>(StringComparer.Ordinal));

        internal static CandidateVocabulary Build(Compilation compilation, Func<SyntaxTree, PiiOptions> piiOptions, int parallelism, CancellationToken ct) =>
            Build(compilation, compilation.SyntaxTrees.ToArray(), piiOptions, parallelism, ct);

        /// <summary>
        /// The vocabulary of some of the compilation's trees only: a subset of the whole one (fewer names, so
        /// fewer candidates). <see cref="CandidateAnalysis"/> uses it on a sample to estimate the cost of the
        /// candidate path, never to choose what is analysed.
        /// </summary>
        internal static CandidateVocabulary Build(Compilation compilation, SyntaxTree[] trees, Func<SyntaxTree, PiiOptions> piiOptions, int parallelism, CancellationToken ct)
        {
            // One pass per tree on every core (trees from a workspace are parsed on first use, here), merged in
            // compilation order so the result does not depend on scheduling.
            var perTree = new TreeDeclarations[trees.Length];
            System.Threading.Tasks.Parallel.For(0, trees.Length, new System.Threading.Tasks.ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, parallelism) },
                i => perTree[i] = Collect(compilation, trees[i], piiOptions(trees[i]), ct));
            var names = new HashSet<string>(StringComparer.Ordinal);
            var secretConstants = new HashSet<string>(StringComparer.Ordinal);
            var logMethods = new HashSet<string>(StringComparer.Ordinal);
            var classifiedMembers = new HashSet<string>(StringComparer.Ordinal);
            var typeRefs = new List<(string Name, TypeSyntax? Type, BaseListSyntax? Bases)>();
            var libraryTypes = new Dictionary<string, (SyntaxTree Tree, SimpleNameSyntax Node)>(StringComparer.Ordinal);
            var plainTypes = new HashSet<string>(StringComparer.Ordinal);
            var otherNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declarations in perTree)
            {
                plainTypes.UnionWith(declarations.PlainTypes);
                otherNames.UnionWith(declarations.OtherTypesAndAliases);
                names.UnionWith(declarations.Names);
                secretConstants.UnionWith(declarations.SecretConstants);
                logMethods.UnionWith(declarations.LogMethods);
                classifiedMembers.UnionWith(declarations.ClassifiedMembers);
                typeRefs.AddRange(declarations.TypeRefs);
                foreach (var written in declarations.WrittenTypes)
                {
                    if (!libraryTypes.ContainsKey(written.Node.Identifier.ValueText))
                    {
                        libraryTypes[written.Node.Identifier.ValueText] = written;
                    }
                }
            }

            // A written name that can only mean a plain source class (no base list, no same-named library type or alias)
            // ends its base chain at object without reaching a library type: binding it could add nothing.
            plainTypes.ExceptWith(otherNames);
            if (plainTypes.Count > 0)
            {
                foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    plainTypes.ExceptWith(assembly.TypeNames);
                }

                foreach (var name in plainTypes)
                {
                    libraryTypes.Remove(name);
                }
            }

            AddClassifiedLibraryMembers(compilation, libraryTypes, typeRefs, piiOptions, names, classifiedMembers, ct);

            // Close over "declared type mentions a name already in the set".
            for (var round = 0; round < 8; round++)
            {
                var added = false;
                foreach (var (name, type, bases) in typeRefs)
                {
                    if (names.Contains(name))
                    {
                        continue;
                    }

                    var mentions = type != null ? Mentions(type, names) : bases != null && Mentions(bases, names);
                    if (mentions)
                    {
                        names.Add(name);
                        added = true;
                    }
                }

                if (!added)
                {
                    break;
                }
            }

            return new CandidateVocabulary(names, secretConstants, logMethods, classifiedMembers);
        }

        private sealed class TreeDeclarations
        {
            public List<string> Names { get; } = new List<string>();
            public List<string> SecretConstants { get; } = new List<string>();
            public List<string> LogMethods { get; } = new List<string>();
            public List<string> ClassifiedMembers { get; } = new List<string>();
            public List<(string Name, TypeSyntax? Type, BaseListSyntax? Bases)> TypeRefs { get; } = new List<(string Name, TypeSyntax? Type, BaseListSyntax? Bases)>();
            public List<(SyntaxTree Tree, SimpleNameSyntax Node)> WrittenTypes { get; } = new List<(SyntaxTree Tree, SimpleNameSyntax Node)>();

            /// <summary>Classes, interfaces and record classes declared without a base list (their base chain is object alone).</summary>
            public List<string> PlainTypes { get; } = new List<string>();

            /// <summary>Every other declared type (a base list, a struct, an enum, a delegate) and every using alias.</summary>
            public List<string> OtherTypesAndAliases { get; } = new List<string>();
        }

        private static TreeDeclarations Collect(Compilation compilation, SyntaxTree tree, PiiOptions options, CancellationToken ct)
        {
            var result = new TreeDeclarations();
            var names = result.Names;
            var typeRefs = result.TypeRefs;
            var written = new HashSet<string>(StringComparer.Ordinal);
            var attributes = new AttributeClassifier(compilation, tree, options);
            foreach (var node in tree.GetRoot(ct).DescendantNodes(n => !(n is BlockSyntax) && !(n is ArrowExpressionClauseSyntax)))
            {
                if (node is SimpleNameSyntax typeName && IsInDeclaredType(typeName) && written.Add(typeName.Identifier.ValueText))
                {
                    result.WrittenTypes.Add((tree, typeName));
                }

                switch (node)
                {
                    case UsingDirectiveSyntax u when u.Alias != null:
                        result.OtherTypesAndAliases.Add(u.Alias.Name.Identifier.ValueText);
                        break;
                    case EnumDeclarationSyntax e:
                        result.OtherTypesAndAliases.Add(e.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax d:
                        result.OtherTypesAndAliases.Add(d.Identifier.ValueText);
                        break;
                }

                if (node is TypeDeclarationSyntax declared)
                {
                    var plain = declared.BaseList == null && (declared is ClassDeclarationSyntax || declared is InterfaceDeclarationSyntax
                                                              || declared is RecordDeclarationSyntax r && !r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword));
                    (plain ? result.PlainTypes : result.OtherTypesAndAliases).Add(declared.Identifier.ValueText);
                }

                switch (node)
                {
                    case TypeDeclarationSyntax type:
                        if (HasPersonalData(type, options, attributes))
                        {
                            names.Add(type.Identifier.ValueText);
                        }

                        typeRefs.Add((type.Identifier.ValueText, null, type.BaseList));
                        break;
                    case PropertyDeclarationSyntax p:
                        AddIfClassified(p.AttributeLists, p.Identifier.ValueText, attributes, result);
                        typeRefs.Add((p.Identifier.ValueText, p.Type, null));
                        break;
                    case MethodDeclarationSyntax m:
                        typeRefs.Add((m.Identifier.ValueText, m.ReturnType, null));
                        // [LoggerMessage(Message = "Registered {Phone}")] partial void Registered(…): calls log that template
                        if (HasPiiTemplate(m.AttributeLists, options))
                        {
                            names.Add(m.Identifier.ValueText);
                        }

                        if (HasAttributeNamed(m.AttributeLists, "LoggerMessage"))
                        {
                            result.LogMethods.Add(m.Identifier.ValueText);
                        }

                        break;
                    case FieldDeclarationSyntax f:
                        foreach (var v in f.Declaration.Variables)
                        {
                            AddIfClassified(f.AttributeLists, v.Identifier.ValueText, attributes, result);
                            typeRefs.Add((v.Identifier.ValueText, f.Declaration.Type, null));
                            if (v.Initializer?.Value is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression)
                                && Secrets.SinkShapes.AuthHeaderNames.Contains(lit.Token.ValueText))
                            {
                                names.Add(v.Identifier.ValueText);
                                result.SecretConstants.Add(v.Identifier.ValueText);
                            }

                            if (v.Initializer != null && MentionsIdentifier(v.Initializer, "Define"))
                            {
                                result.LogMethods.Add(v.Identifier.ValueText);
                            }

                            // s_shipped = LoggerMessage.Define<string>(…, "Shipped to {Address}"): invoking the field logs that template
                            if (v.Initializer != null && HasPiiTemplate(v.Initializer, options))
                            {
                                names.Add(v.Identifier.ValueText);
                            }
                        }

                        break;
                    case ParameterSyntax prm when prm.Parent?.Parent is TypeDeclarationSyntax:
                        // record/primary-constructor parameters become members
                        AddIfClassified(prm.AttributeLists, prm.Identifier.ValueText, attributes, result);
                        break;
                }
            }

            return result;
        }

        private static bool HasAttributeNamed(SyntaxList<AttributeListSyntax> lists, string word)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (attribute.Name.ToString().IndexOf(word, StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool MentionsIdentifier(SyntaxNode node, string identifier)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == identifier)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasPiiTemplate(SyntaxList<AttributeListSyntax> lists, PiiOptions options)
        {
            foreach (var list in lists)
            {
                if (HasPiiTemplate(list, options))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasPiiTemplate(SyntaxNode node, PiiOptions options)
        {
            foreach (var token in node.DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                    && token.ValueText.IndexOf('{') >= 0 && CandidateUnits.TemplateNamesPii(token.ValueText, options))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A name inside the written type of a declaration or a base list (not inside a body).</summary>
        private static bool IsInDeclaredType(SimpleNameSyntax name)
        {
            for (SyntaxNode? n = name; n != null; n = n.Parent)
            {
                switch (n)
                {
                    case BaseListSyntax _:
                        return true;
                    case TypeSyntax t when t.Parent is PropertyDeclarationSyntax || t.Parent is MethodDeclarationSyntax || t.Parent is ParameterSyntax
                                           || t.Parent is VariableDeclarationSyntax || t.Parent is IndexerDeclarationSyntax || t.Parent is DelegateDeclarationSyntax:
                        return true;
                    case TypeSyntax _:
                    case TypeArgumentListSyntax _:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Library types the code declares things with (UserManager&lt;ApplicationUser&gt;, a base class
        /// IdentityUser) may carry classified members ([PersonalData] IdentityUser.Id): a use of such a
        /// member is a source although its name says nothing. Each distinct written type name is bound
        /// once, at one place it is written.
        /// </summary>
        private static void AddClassifiedLibraryMembers(Compilation compilation, Dictionary<string, (SyntaxTree Tree, SimpleNameSyntax Node)> written,
            List<(string Name, TypeSyntax? Type, BaseListSyntax? Bases)> sourceDeclarations, Func<SyntaxTree, PiiOptions> piiOptions, HashSet<string> names, HashSet<string> classified, CancellationToken ct)
        {
            var sourceTypeNames = new HashSet<string>(sourceDeclarations.Where(d => d.Bases != null || d.Type == null).Select(d => d.Name), StringComparer.Ordinal);
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in written)
            {
                ct.ThrowIfCancellationRequested();
                var (tree, node) = pair.Value;
                var model = compilation.GetSemanticModel(tree);
                var type = model.GetSymbolInfo(node, ct).Symbol as ITypeSymbol ?? model.GetTypeInfo(node, ct).Type;
                var options = piiOptions(tree);
                for (var t = type; t != null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
                {
                    if (!seen.Add(t.OriginalDefinition) || sourceTypeNames.Contains(t.Name) && IsInSource(t))
                    {
                        continue;
                    }

                    foreach (var member in t.OriginalDefinition.GetMembers())
                    {
                        if ((member is IPropertySymbol || member is IFieldSymbol) && PersonalData.Flow.PiiCompilationContext.HasClassificationAttribute(member, options))
                        {
                            names.Add(member.Name);
                            classified.Add(member.Name);
                        }
                    }
                }
            }
        }

        /// <summary>The type is declared in this compilation's source (a partial type in any of its files).</summary>
        internal static bool IsInSource(ITypeSymbol type)
        {
            foreach (var location in type.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }


        /// <summary>A type whose own properties (or record parameters) name or are classified as personal data.</summary>
        private static bool HasPersonalData(TypeDeclarationSyntax type, PiiOptions options, AttributeClassifier attributes)
        {
            if (type.ParameterList != null)
            {
                foreach (var p in type.ParameterList.Parameters)
                {
                    if (CandidateUnits.IsPiiName(p.Identifier.ValueText, options) || attributes.AnyClassified(p.AttributeLists))
                    {
                        return true;
                    }
                }
            }

            foreach (var member in type.Members)
            {
                if (member is PropertyDeclarationSyntax p && (CandidateUnits.IsPiiName(p.Identifier.ValueText, options) || attributes.AnyClassified(p.AttributeLists)))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AddIfClassified(SyntaxList<AttributeListSyntax> lists, string name, AttributeClassifier attributes, TreeDeclarations result)
        {
            if (attributes.AnyClassified(lists))
            {
                result.Names.Add(name);
                result.ClassifiedMembers.Add(name);
            }
        }

        /// <summary>
        /// Binds attribute names (cheap: no method bodies) and asks the analyzers' own test,
        /// so DataClassificationAttribute subclasses with any name are recognised.
        /// </summary>
        private sealed class AttributeClassifier
        {
            private readonly Compilation compilation;
            private readonly SyntaxTree tree;
            private readonly PiiOptions options;
            private SemanticModel? model;

            public AttributeClassifier(Compilation compilation, SyntaxTree tree, PiiOptions options)
            {
                this.compilation = compilation;
                this.tree = tree;
                this.options = options;
            }

            public bool AnyClassified(SyntaxList<AttributeListSyntax> lists)
            {
                foreach (var list in lists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        model ??= compilation.GetSemanticModel(tree);
                        var type = model.GetTypeInfo(attribute).Type as INamedTypeSymbol
                                   ?? (model.GetSymbolInfo(attribute).Symbol as IMethodSymbol)?.ContainingType;
                        if (PersonalData.Flow.PiiCompilationContext.IsClassificationAttribute(type, options))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
        }
    }
}
