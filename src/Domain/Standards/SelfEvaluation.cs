using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>An LA's judgement of itself against one quality standard on a date.</summary>
public class SelfEvaluation : Record, IBelongsToLocalAuthority
{
    /// <summary>The identifier of the LA that judged itself.</summary>
    public int LocalAuthorityId { get; set; }
    /// <summary>The LA that judged itself.</summary>
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The identifier of the standard the LA judged itself against.</summary>
    public int QualityStandardId { get; set; }
    /// <summary>The standard the LA judged itself against.</summary>
    public QualityStandard? QualityStandard { get; set; }
    /// <summary>The identifier of the level the LA judged itself to be at.</summary>
    public int DescriptorLevelId { get; set; }
    /// <summary>The level of the grading scale the LA judged itself to be at (e.g. "Good").</summary>
    public DescriptorLevel? Level { get; set; }
    /// <summary>The date of the judgement.</summary>
    public DateOnly JudgedOn { get; set; }
    /// <summary>The evidence the LA gives for its judgement; null where none is recorded.</summary>
    public string? Evidence { get; set; }
}
