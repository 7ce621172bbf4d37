using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>Fields an area adds to an entity's type beyond its columns, such as a letter's data check.</summary>
public interface IEntityFieldExtension
{
    Type Entity { get; }
    void Extend(ObjectGraphType type);
}
