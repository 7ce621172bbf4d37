using Rag.Domain.Common;

namespace Rag.Domain.Schools;

public enum EntitlementBound { Exactly, AtLeast, UpTo, Unspecified }

/// <summary>One passage stating a category's yearly visits in half-days. A category can have several
/// passages that disagree (Leeds' category 5); each is kept, none is reconciled away.</summary>
public class VisitEntitlement : Record
{
    public int SchoolCategoryId { get; set; }
    public SchoolCategory? SchoolCategory { get; set; }
    public required string Text { get; set; }
    public double? HalfDaysPerYear { get; set; }
    public EntitlementBound Bound { get; set; }
}
