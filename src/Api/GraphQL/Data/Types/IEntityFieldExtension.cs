using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>Fields added to entity types beyond their mapped columns, such as the rule findings of a record.</summary>
public interface IEntityFieldExtension
{
    bool Applies(Type entity);
    void Extend(ObjectGraphType type, Type entity);
}
