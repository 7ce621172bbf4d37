using System.Text;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Accounts;
using Rag.Persistence.Auditing;

namespace Rag.Api.GraphQL.Auditing;

/// <summary>The root <c>auditTrail</c> field: every change across records, filtered as the portal's audit trail page
/// filters it, for Admins only. Cursors are opaque: the last entry's id, encoded.</summary>
public static class AuditTrailField
{
    public static void AddTo(ObjectGraphType query, IGraphType date, AuditTrailPageType page)
    {
        var field = new FieldType
        {
            Name = "auditTrail",
            Description = "Changes to records, newest first, by user, record type and UTC date (inclusive). Admins only.",
            ResolvedType = new NonNullGraphType(page),
            Arguments = new QueryArguments(
                new QueryArgument<StringGraphType> { Name = "user", Description = "Who saved the change (exactly as recorded)." },
                new QueryArgument<StringGraphType> { Name = "typeName", Description = "The record's type, e.g. School." },
                new QueryArgument(date) { Name = "from", Description = "The first UTC day." },
                new QueryArgument(date) { Name = "to", Description = "The last UTC day." },
                new QueryArgument<IntGraphType> { Name = "first", Description = "How many entries (1–500; 50 unless given).", DefaultValue = 50 },
                new QueryArgument<StringGraphType> { Name = "after", Description = "The endCursor of the previous page." }),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var size = Math.Clamp(c.GetArgument("first", 50), 1, 500);
                var before = Decode(c.GetArgument<string?>("after"));
                var filter = new AuditFilter(c.GetArgument<string?>("user"), c.GetArgument<string?>("typeName"), null,
                    c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), PageSize: size + 1, Before: before ?? long.MaxValue);
                var found = await c.RequestServices!.GetRequiredService<AuditQuery>().FindAsync(filter, c.CancellationToken);
                var entries = found.Entries.Take(size).ToList();
                return new AuditTrailPage(entries, found.Total, entries.Count > 0 ? Encode(entries[^1].Id) : null, found.Entries.Count > size);
            }),
        };
        query.AddField(field.AuthorizeWithRoles(Roles.Admin));
    }

    static string Encode(long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"audit:{id}"));

    static long? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("audit:") && long.TryParse(text[6..], out var id)) return id;
        }
        catch (FormatException) { }
        throw new ExecutionError("after is not a cursor this field gave.") { Code = "INVALID_CURSOR" };
    }
}
