namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>What an entity's editors imply beyond the fields they set, applied after the input is bound.</summary>
public interface IInputRule
{
    Type Entity { get; }
    void Apply(object record, IDictionary<string, object?> input);
}
