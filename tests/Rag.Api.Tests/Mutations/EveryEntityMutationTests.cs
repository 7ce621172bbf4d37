using Rag.Persistence.Catalog;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Mutations;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>Every editable entity can be created, updated and deleted through its mutations: valid inputs are
/// built from the create input types themselves, so a new entity is covered without a new test.</summary>
public abstract class EveryEntityMutationTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);
    readonly Dictionary<string, string> created = [];
    readonly List<(string Entity, string Id)> order = [];

    [Fact]
    public async Task ShouldCreateUpdateAndDeleteEveryEntity()
    {
        var catalog = api.Services.GetRequiredService<EntityCatalog>();
        var editable = catalog.Entities.Where(e => e.Declaration.Editable).ToList();

        foreach (var entity in editable) await Create(entity, fresh: true);
        foreach (var (entity, id) in order)
        {
            var updated = await editor.Run("update", entity, new { id, version = 0, curatorNote = "Checked by the mutation test" }, "curatorNote");
            Assert.True(updated["errors"] is null, $"update{entity}: {updated.ToJsonString()}");
            Assert.Equal(1, (int)updated[Field(entity)]!["version"]!);
        }
        foreach (var (entity, id) in Enumerable.Reverse(order).ToList())
        {
            var deleted = await editor.Run("delete", entity, new { id, version = 1 });
            Assert.True(deleted["errors"] is null, $"delete{entity}: {deleted.ToJsonString()}");
        }
        Assert.Equal(editable.Select(e => e.Name).Order(), order.Select(o => o.Entity).Distinct().Order());
    }

    /// <summary>The id of a record of <paramref name="entity"/>: a new one, or any existing one it may refer to.</summary>
    async Task<string> Create(EntityDescriptor entity, bool fresh)
    {
        if (!fresh && created.TryGetValue(entity.Name, out var known)) return known;
        var input = new JsonObject();
        var type = (IInputObjectGraphType)api.Services.GetRequiredService<ISchema>().AllTypes[$"Create{entity.Name}Input"]!;
        foreach (var member in WritableMember.Of(entity).Where(m => m.IsRequired))
        {
            var field = type.GetField(member.InputName)!;
            input[member.InputName] = member.Reference is { } reference
                ? await Create(reference.Target, fresh: false)
                : Sample(((NonNullGraphType)field.ResolvedType!).ResolvedType!);
        }
        var id = await editor.Create(entity.Name, input);
        created.TryAdd(entity.Name, id);
        order.Add((entity.Name, id));
        return id;
    }

    static JsonNode Sample(IGraphType type) => type switch
    {
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        _ => type.Name switch
        {
            "String" => $"Mutation test {Guid.NewGuid():N}",
            "Date" => "2015-01-01",
            "Int" => 1,
            _ => throw new NotSupportedException($"No sample value for {type.Name}."),
        },
    };

    static string Field(string entity) => char.ToLowerInvariant(entity[0]) + entity[1..];
}

public sealed class SqliteEveryEntityMutationTests(SqliteApi api) : EveryEntityMutationTests<SqliteApi>(api);

public sealed class PostgresEveryEntityMutationTests(PostgresApi api) : EveryEntityMutationTests<PostgresApi>(api);
