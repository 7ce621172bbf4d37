using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>A school's LA category over a period; the current one has no end.</summary>
public class SchoolCategorisation : Record, IBelongsToSchool
{
    /// <summary>The identifier of the categorised school.</summary>
    public int SchoolId { get; set; }
    /// <summary>The categorised school.</summary>
    public School? School { get; set; }
    /// <summary>The identifier of the category the school was put in.</summary>
    public int SchoolCategoryId { get; set; }
    /// <summary>The LA category the school was put in.</summary>
    public SchoolCategory? SchoolCategory { get; set; }
    /// <summary>The date the school was put in the category.</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>The date the school left the category; null for its current category.</summary>
    public DateOnly? EndsOn { get; set; }

    public IReadOnlyList<RuleFinding> Check() => CategorisationRules.Check(this);
}
