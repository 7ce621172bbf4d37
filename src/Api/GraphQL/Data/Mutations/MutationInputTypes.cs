using Rag.Persistence.Catalog;
using GraphQL.Types;
using Rag.Api.GraphQL.Data.Types;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>Builds <c>CreateXInput</c>, <c>UpdateXInput</c> and <c>DeleteXInput</c> from an entity's writable members.</summary>
public sealed class MutationInputTypes(ScalarGraphTypes scalars, XmlDocumentation docs)
{
    public InputObjectGraphType Create(EntityDescriptor entity) =>
        Input($"Create{entity.Name}Input", $"A new {entity.Name}.", entity, required: m => m.IsRequired, withVersion: false);

    public InputObjectGraphType Update(EntityDescriptor entity) =>
        Input($"Update{entity.Name}Input", $"Changes to a {entity.Name}: only the fields given change.", entity, required: _ => false, withVersion: true);

    public InputObjectGraphType Delete(EntityDescriptor entity)
    {
        var type = new InputObjectGraphType { Name = $"Delete{entity.Name}Input", Description = $"The {entity.Name} to delete." };
        AddIdAndVersion(type, entity);
        return type;
    }

    InputObjectGraphType Input(string name, string description, EntityDescriptor entity, Func<WritableMember, bool> required, bool withVersion)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        if (withVersion) AddIdAndVersion(type, entity);
        foreach (var member in WritableMember.Of(entity))
        {
            IGraphType graphType = member.Reference is { } reference
                ? scalars.Id
                : ((scalars.FieldType(member.Scalar) as NonNullGraphType)?.ResolvedType ?? scalars.FieldType(member.Scalar));
            type.AddField(new FieldType
            {
                Name = member.InputName,
                Description = member.Reference is { } r ? $"The ID of the {r.Target.Name}. {docs.Member(r.Navigation)}" : docs.Member(member.Scalar.Property),
                ResolvedType = required(member) ? new NonNullGraphType(graphType) : graphType,
            });
        }
        return type;
    }

    void AddIdAndVersion(InputObjectGraphType type, EntityDescriptor entity)
    {
        type.AddField(new FieldType { Name = "id", ResolvedType = new NonNullGraphType(scalars.Id), Description = $"The {entity.Name}'s ID." });
        type.AddField(new FieldType
        {
            Name = "version", ResolvedType = new NonNullGraphType(scalars.For(typeof(int))),
            Description = "The version you read: if someone has saved since, the change is refused as a conflict.",
        });
    }
}
