using Rag.Persistence.Rules;
using Rag.Persistence.Catalog;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Common;
using Rag.Api.GraphQL.Data.Loading;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>Adds <c>ruleFindings</c> to every entity that has a record check.</summary>
public sealed class RecordCheckFields(IEnumerable<IRecordCheck> checks, EntityCatalog catalog, RuleFindingType ruleFinding, TimeProvider clock) : IEntityFieldExtension
{
    public bool Applies(Type entity) => checks.Any(c => c.Entity == entity);

    public void Extend(ObjectGraphType type, Type entity)
    {
        var check = checks.First(c => c.Entity == entity);
        var descriptor = catalog[entity];
        type.AddField(new FieldType
        {
            Name = "ruleFindings",
            Description = "What the domain rules find about this record today (breaches and warnings), with their sources.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(ruleFinding))),
            Resolver = new FuncFieldResolver<object>(c => c.RequestServices!.GetRequiredService<EntityLoader>()
                .Checked(check, descriptor, (Record)c.Source!, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))),
        });
    }
}
