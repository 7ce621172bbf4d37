using GraphQL.Types;
using Rag.Persistence.Fsi;

namespace Rag.Api.GraphQL.Fsi;

/// <summary>The root field <c>readingAgreement</c>: how far the two independent readings of 002 agree, overall
/// and per letter (docs/second-reading.md).</summary>
public static class ReadingAgreementField
{
    public static void AddTo(ObjectGraphType query, ReadingAgreement agreement, AgreementFiguresType figures)
    {
        var letter = new ObjectGraphType<LetterAgreement> { Name = "LetterAgreement", Description = "The agreement on one letter's findings." };
        letter.Field(l => l.Slug).Description("The letter's data file, e.g. \"bristol-city\".");
        letter.Field(l => l.LocalAuthority).Description("The LA's name as 002 prints it.");
        letter.Field("figures", l => l.Figures).Type(new NonNullGraphType(figures)).Description("The figures for this letter's findings.");

        var report = new ObjectGraphType<ReadingAgreementReport>
        {
            Name = "ReadingAgreement",
            Description = "Two independent readings of 002's jumbled table, compared finding by finding: where each quote " +
                          "begins and ends, and its heading, LA and RAG rating. Computed from the readings shipped as data.",
        };
        report.Field("overall", r => r.Overall).Type(new NonNullGraphType(figures)).Description("All 17 letters together.");
        report.Field("letters", r => r.Letters).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(letter))))
            .Description("Each letter, by its data file's name.");
        report.Field("resolution", r => r.Resolution).Type(new NonNullGraphType(new ResolutionFiguresType()))
            .Description("What settling the disagreements changed, and how many findings stay uncertain.");

        query.Field("readingAgreement", report).Resolve(_ => agreement.Report)
            .Description("How far the two independent readings of 002 agree (boundaries, heading, LA, RAG), with Cohen's kappa.");
    }
}

public sealed class AgreementFiguresType : ObjectGraphType<AgreementFigures>
{
    public AgreementFiguresType()
    {
        Name = "AgreementFigures";
        Description = "Agreement between the first and second readings. Findings are paired by their lines in 002; a pair is " +
                      "bound alike when its line ranges are equal or its texts are equal once spacing and quotation marks are set aside.";
        Field(f => f.FirstReadingFindings).Description("Findings the first reading bound.");
        Field(f => f.SecondReadingFindings).Description("Findings the second reading bound.");
        Field(f => f.Paired).Description("Findings of the first reading that share lines with one of the second's.");
        Field(f => f.BoundAlike).Description("Pairs both readings bound the same way.");
        Field(f => f.BoundaryAgreement).Description("Pairs bound alike, as a share of all findings of either reading (pairs and findings only one reading has).");
        Field(f => f.HeadingAgreement).Description("Share of pairs given the same heading.");
        Field(f => f.HeadingKappa, nullable: true).Description("Cohen's kappa for the heading (25 categories) over the pairs; null where undefined.");
        Field(f => f.LocalAuthorityAgreement).Description("Share of pairs put in the same LA's letter.");
        Field(f => f.LocalAuthorityKappa, nullable: true).Description("Cohen's kappa for the LA over the pairs; null where undefined (one LA throughout, as within a letter both readings agree).");
        Field(f => f.RagAgreement).Description("Share of pairs given the same RAG rating.");
        Field(f => f.RagKappa, nullable: true).Description("Cohen's kappa for the RAG rating over the pairs; null where undefined.");
    }
}

public sealed class ResolutionFiguresType : ObjectGraphType<ResolutionFigures>
{
    public ResolutionFiguresType()
    {
        Name = "ResolutionFigures";
        Description = "The first reading compared with the resolved findings of the curated letters (paired by their lines in 002 as the readings are).";
        Field(f => f.ResolvedFindings).Description("Findings after the disagreements were resolved.");
        Field(f => f.HeadingChanged).Description("Findings whose heading the resolution changed from the first reading's.");
        Field(f => f.LocalAuthorityChanged).Description("Findings the resolution moved to another LA's letter.");
        Field(f => f.RagChanged).Description("Findings whose RAG rating the resolution changed.");
        Field(f => f.RemovedFindings).Description("First-reading findings no resolved finding matches: re-bound, e.g. moved into a letter's notes.");
        Field(f => f.AddedFindings).Description("Resolved findings the first reading did not have.");
        Field(f => f.HeadingDisagreements).Description("Pairs of the two readings given different headings.");
        Field(f => f.HeadingDisagreementsUncertain).Description("Of those, findings that stay headingUncertain, both candidates kept.");
        Field(f => f.HeadingUncertain).Description("Resolved findings marked headingUncertain.");
        Field(f => f.AttributionUncertain).Description("Resolved findings marked attributionUncertain.");
    }
}
