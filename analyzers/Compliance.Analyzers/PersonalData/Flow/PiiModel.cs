namespace Compliance.Analyzers.PersonalData.Flow
{
    using System.Collections.Generic;
    using Compliance.Analyzers.PersonalData.Detection;
    using Microsoft.CodeAnalysis;

    internal enum PiiSinkKind
    {
        Log,
        Exception,
        Response,
        File,
        Telemetry,
    }

    internal static class PiiSinkKinds
    {
        public static string ToToken(this PiiSinkKind kind)
        {
            switch (kind)
            {
                case PiiSinkKind.Log: return "log";
                case PiiSinkKind.Exception: return "exception";
                case PiiSinkKind.Response: return "response";
                case PiiSinkKind.File: return "file";
                default: return "telemetry";
            }
        }
    }

    /// <summary>One piece of personal information that reaches a sink.</summary>
    internal sealed class PiiFlow
    {
        public PiiFlow(PiiCategory category, bool classified, string symbol, SyntaxNode origin, SyntaxNode? carrier, bool masked)
        {
            Category = category;
            Classified = classified;
            Symbol = symbol;
            Origin = origin;
            Carrier = carrier;
            Masked = masked;
        }

        public PiiCategory Category { get; }

        /// <summary>Marked by an attribute (DataClassification, [PersonalData], configured) rather than matched by name.</summary>
        public bool Classified { get; }

        /// <summary>Display name: <c>Customer.Phone</c>, <c>phone</c>, <c>{Phone}</c>.</summary>
        public string Symbol { get; }

        /// <summary>Where the value is read (the related location).</summary>
        public SyntaxNode Origin { get; }

        /// <summary>The expression inside the sink that carries the value (what a code fix wraps).</summary>
        public SyntaxNode? Carrier { get; }

        public bool Masked { get; }

        /// <summary>Sensitive or classified PII outranks name-matched PII.</summary>
        public int Rank => (Masked ? 0 : 100) + (Category.IsSensitive() ? 20 : 0) + (Classified ? 10 : 0);
    }

    /// <summary>A sink occurrence with the personal information that reaches it.</summary>
    internal sealed class PiiSinkHit
    {
        public PiiSinkHit(PiiSinkKind kind, SyntaxNode node, string sinkName, List<PiiFlow> flows)
        {
            Kind = kind;
            Node = node;
            SinkName = sinkName;
            Flows = flows;
        }

        public PiiSinkKind Kind { get; }
        public SyntaxNode Node { get; }
        public string SinkName { get; }
        public List<PiiFlow> Flows { get; }

        /// <summary>The flow a finding reports: the worst unmasked one, else the worst masked one.</summary>
        public PiiFlow? Primary
        {
            get
            {
                PiiFlow? best = null;
                foreach (var f in Flows)
                {
                    if (best == null || f.Rank > best.Rank || (f.Rank == best.Rank && f.Origin.SpanStart < best.Origin.SpanStart))
                    {
                        best = f;
                    }
                }

                return best;
            }
        }

        public bool HasUnmasked
        {
            get
            {
                foreach (var f in Flows)
                {
                    if (!f.Masked)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
