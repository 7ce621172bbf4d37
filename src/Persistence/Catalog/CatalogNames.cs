using System.Text.Json;

namespace Rag.Persistence.Catalog;

/// <summary>A member's field name, the same in GraphQL, the portal's forms and the audit trail: camelCase.</summary>
public static class CatalogNames
{
    public static string Field(string clrName) => JsonNamingPolicy.CamelCase.ConvertName(clrName);
}
