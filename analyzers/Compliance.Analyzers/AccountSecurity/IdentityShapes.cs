using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Compliance.Analyzers.AccountSecurity
{
    /// <summary>
    /// Recognises ASP.NET Core Identity and token options by type name (namespace + name), so the
    /// rules also work in fallback compilations where JwtBearer/IdentityModel do not resolve as
    /// metadata but a stub or source declaration of the same name does. Constant values are read
    /// from literals and the usual <c>TimeSpan</c>/<c>DateTime</c> factory calls only.
    /// </summary>
    internal static class IdentityShapes
    {
        public const string IdentityNamespace = "Microsoft.AspNetCore.Identity";
        public const string TokensNamespace = "Microsoft.IdentityModel.Tokens";

        public static bool Is(ITypeSymbol? type, string ns, string name) =>
            type != null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

        /// <summary>The property an assignment writes, when it is <paramref name="ns"/>.<paramref name="type"/>.<paramref name="property"/> (or one of several names).</summary>
        public static IPropertySymbol? AssignedProperty(ISimpleAssignmentOperation assignment, string ns, string type)
        {
            if (assignment.Target is IPropertyReferenceOperation reference && Is(reference.Property.ContainingType, ns, type))
                return reference.Property;
            return null;
        }

        public static bool TryInt(IOperation value, out int result)
        {
            result = 0;
            var constant = value.ConstantValue;
            if (!constant.HasValue || !(constant.Value is int i)) return false;
            result = i;
            return true;
        }

        public static bool TryBool(IOperation value, out bool result)
        {
            result = false;
            var constant = value.ConstantValue;
            if (!constant.HasValue || !(constant.Value is bool b)) return false;
            result = b;
            return true;
        }

        /// <summary><c>TimeSpan.FromMinutes(30)</c> (also FromSeconds/Hours/Days), <c>new TimeSpan(h, m, s)</c> / <c>(d, h, m, s)</c>.</summary>
        public static bool TryTimeSpan(IOperation value, out TimeSpan result)
        {
            result = default;
            value = Unwrap(value);
            if (value is IInvocationOperation invocation && invocation.TargetMethod.IsStatic && invocation.TargetMethod.ContainingType?.Name == "TimeSpan")
            {
                if (invocation.Arguments.Length != 1) return false;
                if (!TryDouble(invocation.Arguments[0].Value, out var n)) return false;
                switch (invocation.TargetMethod.Name)
                {
                    case "FromSeconds": result = TimeSpan.FromSeconds(n); return true;
                    case "FromMinutes": result = TimeSpan.FromMinutes(n); return true;
                    case "FromHours": result = TimeSpan.FromHours(n); return true;
                    case "FromDays": result = TimeSpan.FromDays(n); return true;
                    default: return false;
                }
            }
            if (value is IObjectCreationOperation creation && creation.Type?.Name == "TimeSpan")
            {
                var args = new int[creation.Arguments.Length];
                for (var i = 0; i < args.Length; i++)
                    if (!TryInt(creation.Arguments[i].Value, out args[i])) return false;
                switch (args.Length)
                {
                    case 3: result = new TimeSpan(args[0], args[1], args[2]); return true;
                    case 4: result = new TimeSpan(args[0], args[1], args[2], args[3]); return true;
                    default: return false;
                }
            }
            return false;
        }

        /// <summary>How far ahead <c>DateTime.UtcNow.AddDays(7)</c> (AddMinutes/Hours/Days/Months/Years, also on Now and DateTimeOffset) points; MaxValue is "forever".</summary>
        public static bool TryOffsetFromNow(IOperation value, out TimeSpan result, out bool forever)
        {
            result = default;
            forever = false;
            value = Unwrap(value);
            if (value is IFieldReferenceOperation field && field.Field.Name == "MaxValue" && (field.Field.ContainingType?.Name == "DateTime" || field.Field.ContainingType?.Name == "DateTimeOffset"))
            {
                forever = true;
                return true;
            }
            if (!(value is IInvocationOperation call) || call.Arguments.Length != 1 || !(Unwrap(call.Instance) is IPropertyReferenceOperation now)
                || !(now.Property.Name == "UtcNow" || now.Property.Name == "Now") || !TryDouble(call.Arguments[0].Value, out var n))
                return false;
            switch (call.TargetMethod.Name)
            {
                case "AddMinutes": result = TimeSpan.FromMinutes(n); return true;
                case "AddHours": result = TimeSpan.FromHours(n); return true;
                case "AddDays": result = TimeSpan.FromDays(n); return true;
                case "AddMonths": result = TimeSpan.FromDays(28 * n); return true;
                case "AddYears": result = TimeSpan.FromDays(365 * n); return true;
                default: return false;
            }
        }

        public static string Readable(TimeSpan span)
        {
            if (span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays)) return ((int)span.TotalDays).ToString(CultureInfo.InvariantCulture) + " d";
            if (span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours)) return ((int)span.TotalHours).ToString(CultureInfo.InvariantCulture) + " h";
            if (span.TotalMinutes >= 1 && span.TotalMinutes == Math.Floor(span.TotalMinutes)) return ((int)span.TotalMinutes).ToString(CultureInfo.InvariantCulture) + " min";
            return span.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";
        }

        private static bool TryDouble(IOperation value, out double result)
        {
            result = 0;
            var constant = Unwrap(value).ConstantValue;
            if (!constant.HasValue || constant.Value == null) return false;
            switch (constant.Value)
            {
                case int i: result = i; return true;
                case long l: result = l; return true;
                case double d: result = d; return true;
                default: return false;
            }
        }

        public static IOperation Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion) operation = conversion.Operand;
            while (operation is IParenthesizedOperation parenthesized) operation = parenthesized.Operand;
            return operation!;
        }
    }
}
