using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>What a school in a category is expected to do in return for its entitlement.</summary>
public class CategoryExpectation : Record
{
    public int SchoolCategoryId { get; set; }
    public SchoolCategory? SchoolCategory { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}
