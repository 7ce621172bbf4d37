using Rag.Domain.Common;

namespace Rag.Domain.Fsi;

/// <summary>A quoted judgement from an FSI letter under one of 002's common headings.</summary>
public class FsiFinding : Record
{
    /// <summary>The identifier of the letter the finding is quoted from.</summary>
    public int FsiLetterId { get; set; }
    /// <summary>The letter the finding is quoted from.</summary>
    public FsiLetter? Letter { get; set; }
    /// <summary>The identifier of the common heading the finding is listed under.</summary>
    public int FsiHeadingId { get; set; }
    /// <summary>The common heading the finding is listed under (e.g. "LA - use of data").</summary>
    public FsiHeading? Heading { get; set; }
    /// <summary>The finding's position among the letter's findings, from 1.</summary>
    public int Order { get; set; }

    /// <summary>Verbatim from 002, the analyst's summary words included.</summary>
    public required string Text { get; set; }

    /// <summary>The finding's red, amber or green rating; null where none has been given.</summary>
    public RagRating? Rag { get; set; }

    /// <summary>002's colours did not survive into the text: a seeded rating is a curator's reading of the
    /// quote, not the document's, until a portal user confirms or changes it.</summary>
    public bool RagIsInferred { get; set; }

    /// <summary>Whether it is uncertain which heading 002 prints the finding under, because the extracted table text is jumbled; the curator note says why.</summary>
    public bool HeadingUncertain { get; set; }
    /// <summary>Whether it is uncertain which LA's letter the finding belongs to, because neighbouring columns ran together in the extracted text; the curator note says why.</summary>
    public bool AttributionUncertain { get; set; }

    /// <summary>The heading the independent second reading of 002 gave this finding (docs/second-reading.md); null where
    /// the second reading has no counterpart. Where it differs from the heading, the resolution note says which was kept and why.</summary>
    public string? SecondReadingHeading { get; set; }
    /// <summary>The LA whose letter the second reading placed this finding in, as 002 prints the name; null where it has no counterpart.</summary>
    public string? SecondReadingLocalAuthority { get; set; }
    /// <summary>The RAG rating the second reader inferred from the wording under the written rubric (docs/rag-rubric.md).</summary>
    public RagRating? SecondReadingRag { get; set; }
    /// <summary>Where the two readings disagreed (heading, LA, boundary or RAG): the decision taken from 002's lines and its reason; null where they agreed.</summary>
    public string? ResolutionNote { get; set; }
}
