using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Compliance.Analyzers.Common
{
    /// <summary>
    /// <see cref="Compilation.GetTypeByMetadataName"/> shared by the clones of one compilation. Roslyn runs each
    /// span request of the CLI (<c>GetAnalyzerSemanticDiagnosticsAsync(model, span)</c>) on a fresh clone with the
    /// same syntax trees and the same reference manager, so compilation-start actions run once per request, and a
    /// per-compilation cache is refilled each time: every lookup searched the clone's new source assembly and then
    /// each of the ~250 references of a fallback compilation again (4 % of a jellyfin scan's CPU).
    /// A type found in a reference is the same symbol object in every compilation that shares the referenced
    /// assembly symbols and has the same trees (no source type of that name can take precedence), so that answer and
    /// "not found" are kept; a type declared in source belongs to one compilation and is looked up each time.
    /// </summary>
    internal static class MetadataTypes
    {
        /// <summary>What a cached answer holds for: the trees, the assembly name and the referenced assembly symbols.</summary>
        private sealed class Entry
        {
            public Entry(Compilation compilation, ImmutableArray<ISymbol?> assemblies)
            {
                Trees = compilation.SyntaxTrees.ToArray();
                AssemblyName = compilation.AssemblyName;
                Assemblies = assemblies;
            }

            public SyntaxTree[] Trees { get; }

            public string? AssemblyName { get; }

            public ImmutableArray<ISymbol?> Assemblies { get; }

            public ConcurrentDictionary<string, INamedTypeSymbol?> Types { get; } = new ConcurrentDictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal);

            public bool Matches(Compilation compilation, ImmutableArray<ISymbol?> assemblies) =>
                AssemblyName == compilation.AssemblyName && Same(Trees, compilation.SyntaxTrees) && Same(Assemblies, assemblies);
        }

        // Keyed by the compilation's first tree (the clones share the tree objects); checked against the rest.
        private static readonly ConditionalWeakTable<SyntaxTree, Entry> Cache = new ConditionalWeakTable<SyntaxTree, Entry>();

        // The entry each compilation was checked against (the trees and references compared once per compilation, not per lookup).
        private static readonly ConditionalWeakTable<Compilation, Entry> Checked = new ConditionalWeakTable<Compilation, Entry>();

        public static INamedTypeSymbol? Get(Compilation compilation, string metadataName)
        {
            var entry = EntryFor(compilation);
            if (entry == null)
            {
                return compilation.GetTypeByMetadataName(metadataName);
            }

            if (entry.Types.TryGetValue(metadataName, out var known))
            {
                return known;
            }

            var type = compilation.GetTypeByMetadataName(metadataName);
            if (type == null || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                entry.Types.TryAdd(metadataName, type);
            }

            return type;
        }

        private static Entry? EntryFor(Compilation compilation)
        {
            if (Checked.TryGetValue(compilation, out var checkedEntry))
            {
                return checkedEntry;
            }

            var first = compilation.SyntaxTrees.FirstOrDefault();
            if (first == null)
            {
                return null;
            }

            var assemblies = ImmutableArray.CreateBuilder<ISymbol?>();
            foreach (var reference in compilation.References)
            {
                assemblies.Add(compilation.GetAssemblyOrModuleSymbol(reference));
            }

            var symbols = assemblies.ToImmutable();
            Entry entry;
            lock (Cache)
            {
                if (!Cache.TryGetValue(first, out entry) || !entry.Matches(compilation, symbols))
                {
                    // Other references or trees behind the same first tree: start over.
                    Cache.Remove(first);
                    entry = new Entry(compilation, symbols);
                    Cache.Add(first, entry);
                }
            }

            return Checked.GetValue(compilation, _ => entry);
        }

        private static bool Same<T>(IReadOnlyList<T> a, IEnumerable<T> b)
            where T : class?
        {
            var i = 0;
            foreach (var item in b)
            {
                if (i >= a.Count || !ReferenceEquals(a[i], item))
                {
                    return false;
                }

                i++;
            }

            return i == a.Count;
        }
    }
}
