using Rag.Domain.Common;

namespace Rag.Domain.Standards;

/// <summary>A data indicator that goes with the quality standards (000).</summary>
public class DataIndicator : Record
{
    /// <summary>The indicator's item number as printed in its phase's column of 000's Appendix 1; numbering restarts in each phase.</summary>
    public int Number { get; set; }
    /// <summary>The indicator as printed (e.g. "Key Stage 2 level 4 English and mathematics combined 2006–08").</summary>
    public required string Name { get; set; }
    /// <summary>The phase column of 000's Appendix 1 the indicator is listed in ("Early Years", "Primary" or "Secondary").</summary>
    public string? Phase { get; set; }
    /// <summary>What the indicator measures, where the document says; null where it does not.</summary>
    public string? Description { get; set; }
    /// <summary>The codes of the quality standards the indicator goes with (e.g. "1.1"); empty where the document does not link it to any.</summary>
    public List<string> StandardCodes { get; set; } = [];
}
