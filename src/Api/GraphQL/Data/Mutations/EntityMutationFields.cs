using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Persistence.Accounts;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>create, update and delete for every editable entity, in HotChocolate's mutation convention: one
/// <c>input</c> argument, a payload with the record, typed <c>errors</c> and the domain rules' findings. Each
/// field maps its input to the editing core and its result back; the rules live in the core.</summary>
public sealed class EntityMutationFields(MutationInputTypes inputs, MutationErrorTypes errors, RuleFindingType ruleFinding)
{
    public void AddTo(ObjectGraphType mutation, IEnumerable<EntityDescriptor> entities)
    {
        foreach (var entity in entities.Where(e => e.Declaration.Editable))
        {
            mutation.AddField(Field($"create{entity.Name}", $"Adds a {entity.Name}.", entity, inputs.Create(entity),
                (editor, input, ct) => editor.CreateAsync(entity, Changes(entity, input), ct)));
            mutation.AddField(Field($"update{entity.Name}", $"Changes the fields given of a {entity.Name}, if the version read is still current.", entity,
                inputs.Update(entity), (editor, input, ct) => WithId(entity, input, id => editor.UpdateAsync(entity, id, Version(input), Changes(entity, input), ct))));
            mutation.AddField(Field($"delete{entity.Name}", $"Deletes a {entity.Name}, unless other records still refer to it.", entity,
                inputs.Delete(entity), (editor, input, ct) => WithId(entity, input, id => editor.DeleteAsync(entity, id, Version(input), ct))));
        }
    }

    FieldType Field(string name, string description, EntityDescriptor entity, IInputObjectGraphType input,
        Func<RecordEditor, IDictionary<string, object?>, CancellationToken, Task<EditResult>> run)
    {
        var field = new FieldType
        {
            Name = name,
            Description = $"{description} Needs an editor's account, token or API key.",
            ResolvedType = new NonNullGraphType(Payload(name, entity)),
            Arguments = [new QueryArgument(new NonNullGraphType(input)) { Name = "input" }],
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var result = await run(c.RequestServices!.GetRequiredService<RecordEditor>(), c.GetArgument<IDictionary<string, object?>>("input"), c.CancellationToken);
                if (result is { Errors.Count: 0, Record: Record saved })
                    c.RequestServices!.GetRequiredService<EntityLoader>().Saved(entity, saved.Id, result.RuleFindings, deleted: name.StartsWith("delete", StringComparison.Ordinal));
                return MutationPayload.From(result);
            }),
        };
        return field.AuthorizeWithRoles(Roles.Editing);
    }

    /// <summary>The input's fields other than id and version, with references' global IDs decoded; an ID of the
    /// wrong type stays a string, which the core reports as no such record.</summary>
    static Dictionary<string, object?> Changes(EntityDescriptor entity, IDictionary<string, object?> input)
    {
        var references = entity.References.ToDictionary(r => WritableMember.Of(entity).First(m => m.Reference == r).InputName, r => r.Target.Name);
        return input.Where(f => f.Key is not ("id" or "version")).ToDictionary(f => f.Key, f =>
            references.TryGetValue(f.Key, out var target) && f.Value is string id ? (object?)GlobalId.DecodeFor(target, id) ?? id : f.Value);
    }

    static int Version(IDictionary<string, object?> input) => Convert.ToInt32(input["version"]);

    static Task<EditResult> WithId(EntityDescriptor entity, IDictionary<string, object?> input, Func<int, Task<EditResult>> run) =>
        GlobalId.DecodeFor(entity.Name, input["id"] as string) is int id
            ? run(id)
            : Task.FromResult(EditResult.Failed(new ValidationError($"\"{input["id"]}\" is not the ID of a {entity.Name}.", "id")));

    ObjectGraphType Payload(string mutation, EntityDescriptor entity)
    {
        var type = new ObjectGraphType { Name = MutationNames.TypeName(mutation, "Payload"), Description = $"What {mutation} did." };
        type.AddField(new FieldType
        {
            Name = EntityCatalog.FieldName(entity.Name), ResolvedType = new GraphQLTypeReference(entity.Name),
            Description = $"The {entity.Name} as saved (as it was, for a delete); null when there are errors.",
            Resolver = new FuncFieldResolver<MutationPayload, object>(c => c.Source.Record),
        });
        type.AddField(new FieldType
        {
            Name = "errors", ResolvedType = new ListGraphType(new NonNullGraphType(errors.Union(mutation))),
            Description = "Why nothing was saved; null when the mutation succeeded.",
            Resolver = new FuncFieldResolver<MutationPayload, object>(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors),
        });
        type.AddField(new FieldType
        {
            Name = "ruleFindings", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(ruleFinding))),
            Description = "Rules the saved record breaks or warnings it raises: reported, not refused.",
            Resolver = new FuncFieldResolver<MutationPayload, object>(c => c.Source.RuleFindings),
        });
        return type;
    }
}
