using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Common;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>create, update and delete for every editable entity, in HotChocolate's mutation convention: one
/// <c>input</c> argument, a payload with the record, typed <c>errors</c> and the domain rules' findings.</summary>
public sealed class EntityMutationFields(MutationInputTypes inputs, MutationErrorTypes errors, RuleFindingType ruleFinding,
    IEnumerable<IRecordCheck> checks, IEnumerable<IInputRule> inputRules)
{
    public const string EditorRole = "Editor";

    public void AddTo(ObjectGraphType mutation, IEnumerable<EntityDescriptor> entities)
    {
        foreach (var entity in entities.Where(e => e.Declaration.Editable))
        {
            mutation.AddField(Field($"create{entity.Name}", $"Adds a {entity.Name}.", entity, inputs.Create(entity),
                (db, input, ct) => CreateAsync(db, entity, Rules(entity), input, ct)));
            mutation.AddField(Field($"update{entity.Name}", $"Changes the fields given of a {entity.Name}, if the version read is still current.", entity,
                inputs.Update(entity), (db, input, ct) => UpdateAsync(db, entity, Rules(entity), input, ct)));
            mutation.AddField(Field($"delete{entity.Name}", $"Deletes a {entity.Name}, unless other records still refer to it.", entity,
                inputs.Delete(entity), (db, input, ct) => DeleteAsync(db, entity, input, ct)));
        }
    }

    IReadOnlyList<IInputRule> Rules(EntityDescriptor entity) => inputRules.Where(r => r.Entity == entity.ClrType).ToList();

    FieldType Field(string name, string description, EntityDescriptor entity, IInputObjectGraphType input,
        Func<RagDbContext, IDictionary<string, object?>, CancellationToken, Task<MutationPayload>> run)
    {
        var field = new FieldType
        {
            Name = name,
            Description = $"{description} Needs an editor's API key.",
            ResolvedType = new NonNullGraphType(Payload(name, entity)),
            Arguments = [new QueryArgument(new NonNullGraphType(input)) { Name = "input" }],
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var payload = await run(c.RequestServices!.GetRequiredService<RagDbContext>(), c.GetArgument<IDictionary<string, object?>>("input"), c.CancellationToken);
                if (payload.Record is not Record saved || checks.FirstOrDefault(k => k.Entity == entity.ClrType) is not { } check) return payload;
                var today = DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var found = await check.CheckAsync(c.RequestServices!.GetRequiredService<RagDbContext>(), [saved.Id], today, c.CancellationToken);
                return payload with { RuleFindings = found.GetValueOrDefault(saved.Id) ?? [] };
            }),
        };
        return field.AuthorizeWithRoles(EditorRole);
    }

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

    static async Task<MutationPayload> CreateAsync(RagDbContext db, EntityDescriptor entity, IReadOnlyList<IInputRule> rules,
        IDictionary<string, object?> input, CancellationToken ct)
    {
        var record = entity.Create();
        var problems = await InputBinder.BindAsync(db, entity, record, input, creating: true, ct);
        foreach (var rule in rules) rule.Apply(record, input);
        if (problems.Count > 0) return new MutationPayload(null, problems, []);
        entity.Add(db, record);
        return await SaveAsync(db, (Record)record, ct);
    }

    static async Task<MutationPayload> UpdateAsync(RagDbContext db, EntityDescriptor entity, IReadOnlyList<IInputRule> rules,
        IDictionary<string, object?> input, CancellationToken ct)
    {
        var (record, error) = await FindAsync(db, entity, input, ct);
        if (error is not null) return MutationPayload.Failed(error);
        var problems = await InputBinder.BindAsync(db, entity, record!, input, creating: false, ct);
        foreach (var rule in rules) rule.Apply(record!, input);
        if (problems.Count > 0) return new MutationPayload(null, problems, []);
        return await SaveAsync(db, record!, ct);
    }

    static async Task<MutationPayload> DeleteAsync(RagDbContext db, EntityDescriptor entity, IDictionary<string, object?> input, CancellationToken ct)
    {
        var (record, error) = await FindAsync(db, entity, input, ct);
        if (error is not null) return MutationPayload.Failed(error);
        entity.Remove(db, record!);
        return await SaveAsync(db, record!, ct);
    }

    /// <summary>The record named by the input's id, tracked with the input's version as the one the editor read.</summary>
    static async Task<(Record? Record, MutationError? Error)> FindAsync(RagDbContext db, EntityDescriptor entity, IDictionary<string, object?> input, CancellationToken ct)
    {
        var id = input["id"] as string;
        if (GlobalId.DecodeFor(entity.Name, id) is not int key) return (null, new ValidationError($"\"{id}\" is not the ID of a {entity.Name}.", "id"));
        if (await entity.FindAsync(db, key, ct) is not Record record) return (null, new NotFoundError($"No {entity.Name} has the ID \"{id}\".", id!));
        var version = Convert.ToInt32(input["version"]);
        if (version != record.Version)
            return (null, new ConflictError($"This {entity.Name} was changed by someone else (version {record.Version}, you read {version}). Reload it and try again.", record.Version));
        db.Entry(record).Property(nameof(Record.Version)).OriginalValue = version;
        return (record, null);
    }

    static async Task<MutationPayload> SaveAsync(RagDbContext db, Record record, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new MutationPayload(record, [], []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationPayload.Failed(new ConflictError("Someone else saved this record first. Reload it and try again.", null));
        }
        catch (DbUpdateException)
        {
            // A unique index or a reference from other records; the database said no, and the message says why in users' words.
            return MutationPayload.Failed(new ConflictError(
                "The database refused the change: another record already has these values, or other records still refer to this one.", null));
        }
    }
}
