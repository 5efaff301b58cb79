namespace Compliance.Analyzers.PersonalData.Flow
{
    using System;
    using System.Collections.Generic;
    using Microsoft.CodeAnalysis;
    using Microsoft.CodeAnalysis.CSharp;
    using Microsoft.CodeAnalysis.CSharp.Syntax;
    using Microsoft.CodeAnalysis.Operations;

    /// <summary>
    /// An entity loaded through an ORM that did not restore (SqlSugar, FreeSql, Dapper, a generic repository of a missing
    /// package): <c>db.Queryable&lt;Teacher&gt;().InSingleAsync(id)</c>, <c>fsql.Select&lt;Owner&gt;().Where(…).FirstAsync()</c>,
    /// <c>conn.QueryFirstAsync&lt;Customer&gt;(sql)</c>, <c>_leaders.GetAsync(id)</c> on an <c>IRepository&lt;Leader, long&gt;</c>.
    /// The call does not bind, but the entity type named in the chain (or in the repository's type) does: a chain that
    /// ends in a materialising call (First, ToList, InSingle, Query…) without a projection yields that entity, whose
    /// personal-data properties a serialiser writes. A lookup keyed by the caller's own identity is left out
    /// (<see cref="CallerOwnRecord"/>), as for a bound query.
    /// </summary>
    internal static class UnboundQueryEntity
    {
        private static readonly HashSet<string> Materializers = new HashSet<string>(StringComparer.Ordinal)
        {
            "First", "FirstOrDefault", "Single", "SingleOrDefault", "InSingle", "ToList", "ToArray", "ToPageList", "ToOne",
            "Query", "QueryFirst", "QueryFirstOrDefault", "QuerySingle", "QuerySingleOrDefault",
            "Get", "GetAll", "GetList", "GetById", "GetFirst", "GetSingle", "Find", "FindById", "GetPagedList",
        };

        private static readonly HashSet<string> Projections = new HashSet<string>(StringComparer.Ordinal)
        {
            "Select", "SelectMany", "GroupBy", "Count", "Any", "Sum", "Max", "Min", "Average", "Distinct",
        };

        public static ITypeSymbol? Find(IInvalidOperation invalid) => Find(invalid, 0);

        private static ITypeSymbol? Find(IInvalidOperation invalid, int depth)
        {
            if (depth > 2 || !(invalid.Syntax is InvocationExpressionSyntax call) || !(call.Expression is MemberAccessExpressionSyntax last)
                || !Materializers.Contains(Trim(last.Name.Identifier.ValueText)) || Projects(call) || invalid.SemanticModel == null)
            {
                return null;
            }

            // walk the chain leftwards: the leftmost generic call names the entity (Queryable<T>, Select<T>, QueryAsync<T>)
            TypeSyntax? entitySyntax = null;
            ExpressionSyntax expression = call;
            while (expression is InvocationExpressionSyntax link && link.Expression is MemberAccessExpressionSyntax access)
            {
                // OrderBy(o => o.Code) orders, Select(o => new { … }) projects
                if (link != call && Projections.Contains(access.Name.Identifier.ValueText) && (link.ArgumentList.Arguments.Count > 0 || access.Name.Identifier.ValueText != "Select"))
                {
                    return null;
                }

                if (access.Name is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count == 1)
                {
                    entitySyntax = generic.TypeArgumentList.Arguments[0];
                }

                expression = access.Expression;
            }

            var model = invalid.SemanticModel;
            ITypeSymbol? entity = null;
            if (entitySyntax != null)
            {
                entity = model.GetTypeInfo(entitySyntax).Type;
            }
            else if (model.GetTypeInfo(expression).Type is INamedTypeSymbol repository && repository.TypeKind == TypeKind.Error
                     && repository.TypeArguments.Length >= 1 && (repository.Name.IndexOf("Repository", StringComparison.Ordinal) >= 0 || repository.Name == "SimpleClient"))
            {
                // _leaders.GetAsync(id) on IRepository<Leader, long>, ISqlSugarRepository<SysUser>: the repository's entity
                entity = repository.TypeArguments[0];
            }

            else if (model.GetSymbolInfo(expression).Symbol is ILocalSymbol local)
            {
                // var list = await _orders.GetListAsync(…); return list.OrderBy(o => o.Code).ToList(): the local's own query
                foreach (var value in Common.LocalValueSources.ValuesOf(local, invalid))
                {
                    var source = value is IAwaitOperation awaited ? PiiFlowTracer.Unwrap(awaited.Operation) : PiiFlowTracer.Unwrap(value);
                    if (source is IInvalidOperation query && Find(query, depth + 1) is ITypeSymbol found)
                    {
                        return OwnLookup(invalid) ? null : found;
                    }
                }
            }

            if (!(entity is INamedTypeSymbol named) || named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct || OwnLookup(invalid))
            {
                return null;
            }

            return named;
        }

        private static string Trim(string name) => name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

        /// <summary>A call whose lambda selects a value (x => new { x.Id }, x => x.Name) rather than filtering (x => x.Id == id).</summary>
        private static bool Projects(InvocationExpressionSyntax call)
        {
            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (argument.Expression is LambdaExpressionSyntax lambda && lambda.ExpressionBody != null
                    && (lambda.ExpressionBody is AnonymousObjectCreationExpressionSyntax || lambda.ExpressionBody is BaseObjectCreationExpressionSyntax
                        || lambda.ExpressionBody is MemberAccessExpressionSyntax || lambda.ExpressionBody is TupleExpressionSyntax))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// An unbound member of a record the caller's own lookup returned (<c>member.Mobile</c> after
        /// <c>var member = await _members.GetAsync(CurrentUser.GetId())</c>), or that lookup itself.
        /// </summary>
        public static bool IsCallersLookup(IInvalidOperation unbound, Func<IOperation, bool> fromCaller)
        {
            if (unbound.Syntax is MemberAccessExpressionSyntax access && !(access.Parent is InvocationExpressionSyntax call && call.Expression == access))
            {
                foreach (var child in unbound.ChildOperations)
                {
                    if (child.Syntax == access.Expression)
                    {
                        return fromCaller(child);
                    }
                }

                return false;
            }

            return unbound.Syntax is InvocationExpressionSyntax && OwnLookup(unbound);
        }

        /// <summary>A lookup keyed by the caller: a bound operand that is the caller's record, or a currentUser/loginUser/User receiver.</summary>
        private static bool OwnLookup(IInvalidOperation invalid)
        {
            foreach (var op in invalid.Descendants())
            {
                if ((op is IMemberReferenceOperation || op is IInvocationOperation) && CallerOwnRecord.Is(op))
                {
                    return true;
                }
            }

            foreach (var node in invalid.Syntax.DescendantNodes())
            {
                if (node is MemberAccessExpressionSyntax access && access.Expression is IdentifierNameSyntax receiver)
                {
                    var name = receiver.Identifier.ValueText.TrimStart('_').ToLowerInvariant();
                    if (name == "currentuser" || name == "loginuser" || name == "user" && IsThisMember(receiver, invalid))
                    {
                        return true;
                    }
                }
                else if (node is IdentifierNameSyntax id && (id.Identifier.ValueText == "CurrentUserId" || id.Identifier.ValueText == "GetUserId"))
                {
                    return true;
                }
            }

            return false;
        }

        // _user.Id / User.Id on a field or property of the class (an ICurrentUser), not a lambda's or a local's "user"
        private static bool IsThisMember(IdentifierNameSyntax receiver, IInvalidOperation invalid)
        {
            var symbol = invalid.SemanticModel?.GetSymbolInfo(receiver).Symbol;
            return symbol is IFieldSymbol || symbol is IPropertySymbol;
        }
    }
}
