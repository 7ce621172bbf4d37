using Rag.Domain.Authorities;
using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>An LA's judgement of itself against one quality standard on a date.</summary>
public class SelfEvaluation : Record
{
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public int QualityStandardId { get; set; }
    public QualityStandard? QualityStandard { get; set; }
    public int DescriptorLevelId { get; set; }
    public DescriptorLevel? Level { get; set; }
    public DateOnly JudgedOn { get; set; }
    public string? Evidence { get; set; }
}
