using Rag.Domain.Common;

namespace Rag.Domain.Schools;

/// <summary>How an entitlement passage bounds the number of half-day visits it states.</summary>
public enum EntitlementBound
{
    /// <summary>The passage states an exact number.</summary>
    Exactly,
    /// <summary>The passage states a minimum.</summary>
    AtLeast,
    /// <summary>The passage states a maximum (e.g. "up to 12", "a maximum of 12").</summary>
    UpTo,
    /// <summary>The passage states no number of half-days.</summary>
    Unspecified,
}

/// <summary>One passage stating a category's yearly visits in half-days. A category can have several
/// passages that disagree (Leeds' category 5); each is kept, none is reconciled away.</summary>
public class VisitEntitlement : Record
{
    /// <summary>The identifier of the category the passage is about.</summary>
    public int SchoolCategoryId { get; set; }
    /// <summary>The category the passage is about.</summary>
    public SchoolCategory? SchoolCategory { get; set; }
    /// <summary>The passage, verbatim from the LA's document (e.g. "Schools will receive up to 12 x ½ day monitoring visits per year").</summary>
    public required string Text { get; set; }
    /// <summary>The number of half-day visits a year the passage states; null where it states no number.</summary>
    public double? HalfDaysPerYear { get; set; }
    /// <summary>Whether the stated number is exact, a minimum or a maximum, or no number is stated.</summary>
    public EntitlementBound Bound { get; set; }
}
