using Rag.Domain.Sips;
using Rag.Domain.Visits;

namespace Rag.Persistence.Seed;

/// <summary>003's SIP programme reference lists: the seven readiness areas and four traffic-light statements
/// (lines 244-257), the commentaries SIP reports must include over a year (442-445) and the four criteria for
/// removing accreditation (Appendix H, 1233-1236).</summary>
public sealed class SipProgrammeSeed : ISeedDataset
{
    public string Resource => "Seed/sip-programme.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<ProgrammeFile>(json);
        var doc = file.SourceDocument;
        db.ReadinessAreas.AddRange(file.ReadinessAreas.Select((a, i) => new ReadinessArea { Name = a.Name, Order = i + 1 }.From(doc, a.SourceLines)));
        db.ReadinessStatements.AddRange(file.ReadinessStatements.Select((s, i) =>
            new ReadinessStatement { Text = s.Text, Label = s.Label, Colour = s.Colour, Order = i + 1 }.From(doc, s.SourceLines)));
        db.RequiredCommentaries.AddRange(file.RequiredCommentaries.Select((c, i) => new RequiredCommentary
            { Text = c.Text, Label = c.Label, OnlyForSpecialistSchools = c.OnlyForSpecialistSchools, Order = i + 1 }.From(doc, c.SourceLines)));
        db.RemovalCriteria.AddRange(file.RemovalCriteria.Select((c, i) =>
            new RemovalCriterion { Name = c.Name, Text = c.Text, Order = i + 1 }.From(doc, c.SourceLines)));
        return Task.CompletedTask;
    }

    sealed record ProgrammeFile(string SourceDocument, List<AreaRow> ReadinessAreas, List<StatementRow> ReadinessStatements,
        List<CommentaryRow> RequiredCommentaries, List<CriterionRow> RemovalCriteria);
    sealed record AreaRow(string Name, string SourceLines);
    sealed record StatementRow(string Text, string Label, TrafficLight Colour, string SourceLines);
    sealed record CommentaryRow(string Text, string Label, bool OnlyForSpecialistSchools, string SourceLines);
    sealed record CriterionRow(string Name, string Text, string SourceLines);
}
