using Rag.Domain.Common;

namespace Rag.Persistence.Rules;

/// <summary>A record check whose rule reads only the record's own columns and some of its collections, nothing
/// through a reference. Whoever already holds the record and those collections (the GraphQL loader, the editor
/// after a save) checks it without reading the record again.</summary>
public interface IShallowRecordCheck : IRecordCheck
{
    /// <summary>The collection navigations the rule reads, by property name.</summary>
    IReadOnlyList<string> Collections { get; }

    /// <summary>The findings about one record whose <see cref="Collections"/> are filled; reads nothing.</summary>
    IReadOnlyList<RuleFinding> Check(Record record, DateOnly today);
}
