using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>A quoted judgement from an FSI letter under one of 002's common headings.</summary>
public class FsiFinding : Record
{
    public int FsiLetterId { get; set; }
    public FsiLetter? Letter { get; set; }
    public int FsiHeadingId { get; set; }
    public FsiHeading? Heading { get; set; }
    public int Order { get; set; }

    /// <summary>Verbatim from 002, the analyst's summary words included.</summary>
    public required string Text { get; set; }

    public RagRating? Rag { get; set; }

    /// <summary>002's colours did not survive into the text: a seeded rating is a curator's reading of the
    /// quote, not the document's, until a portal user confirms or changes it.</summary>
    public bool RagIsInferred { get; set; }

    public bool HeadingUncertain { get; set; }
    public bool AttributionUncertain { get; set; }
}
