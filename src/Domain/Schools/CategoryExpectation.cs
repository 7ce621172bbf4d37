using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>What a school in a category is expected to do in return for its entitlement.</summary>
public class CategoryExpectation : Record
{
    /// <summary>The identifier of the category the expectation belongs to.</summary>
    public int SchoolCategoryId { get; set; }
    /// <summary>The category the expectation belongs to.</summary>
    public SchoolCategory? SchoolCategory { get; set; }
    /// <summary>The expectation's position in the category's printed list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>What the school is expected to do, verbatim from the LA's document.</summary>
    public required string Text { get; set; }
}
