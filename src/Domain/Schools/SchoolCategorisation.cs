using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>A school's LA category over a period; the current one has no end.</summary>
public class SchoolCategorisation : Record
{
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public int SchoolCategoryId { get; set; }
    public SchoolCategory? SchoolCategory { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public IReadOnlyList<RuleFinding> Check() => CategorisationRules.Check(this);
}
