using System.Reflection;
using GraphQL.Types;
using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Data.Projections;

/// <summary>What an entity's field reads of its record: some columns, or a reference to join. A field that does not
/// say reads the whole record, so a field added without thought is slower, never wrong.</summary>
public sealed record FieldReads(IReadOnlyList<PropertyInfo> Columns, ReferenceMember? Reference = null)
{
    internal const string Key = "rag.reads";

    /// <summary>The record's id alone, which every projection reads: collections, history, the global ID.</summary>
    public static FieldReads Id { get; } = new([]);

    public static FieldReads? Of(FieldType field) => field.GetMetadata<FieldReads?>(Key);
}

public static class FieldReadsExtensions
{
    /// <summary>Declares what the field reads of its record, for the loader's projection.</summary>
    public static FieldType Reads(this FieldType field, FieldReads reads)
    {
        field.Metadata[FieldReads.Key] = reads;
        return field;
    }

    public static FieldType Reads(this FieldType field, params PropertyInfo[] columns) => field.Reads(new FieldReads(columns));
}
