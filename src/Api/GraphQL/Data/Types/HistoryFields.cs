using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Auditing;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Projections;
using Rag.Domain.Common;
using Rag.Persistence.Auditing;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>Adds <c>history</c> to every entity: the record's audit entries, newest first, read for all the records
/// of a level in one query.</summary>
public sealed class HistoryFields(AuditEntryType entry) : IEntityFieldExtension
{
    public bool Applies(Type entity) => true;

    public void Extend(ObjectGraphType type, Type entity)
    {
        var name = entity.Name;
        type.AddField(new FieldType
        {
            Name = "history",
            Description = "Every change to this record saved through the portal or the API, newest first: who, when, how and what.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(entry))),
            Resolver = new FuncFieldResolver<object>(c => c.RequestServices!.GetRequiredService<EntityLoader>().Keyed<IReadOnlyList<AuditEntry>>(
                $"history:{name}", ((Record)c.Source!).Id, [], async (db, ids, ct) =>
                {
                    var found = await new AuditQuery(db).OfRecordsAsync(name, ids, ct);
                    return (IReadOnlyDictionary<int, IReadOnlyList<AuditEntry>>)found.ToDictionary(g => g.Key, g => (IReadOnlyList<AuditEntry>)g.ToList());
                })),
        }.Reads(FieldReads.Id));
    }
}
