namespace Rag.Persistence.Editing;

/// <summary>What an entity's edits imply beyond the fields they set, applied after the changes are bound.</summary>
public interface IEditRule
{
    Type Entity { get; }

    /// <param name="changes">The fields the editor set, by field name.</param>
    void Apply(object record, IReadOnlyDictionary<string, object?> changes);
}
