using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>One of the criteria an LA prints for putting a school in one of its categories (e.g. "Schools with a Good or Outstanding Ofsted judgement").</summary>
public class CategoryCriterion : Record
{
    /// <summary>The identifier of the category the criterion belongs to.</summary>
    public int SchoolCategoryId { get; set; }
    /// <summary>The category the criterion belongs to.</summary>
    public SchoolCategory? SchoolCategory { get; set; }
    /// <summary>The criterion's position in the category's printed list, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The criterion, verbatim from the LA's document.</summary>
    public required string Text { get; set; }
}
