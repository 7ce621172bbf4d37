using Rag.Domain.Grades;

namespace Rag.Persistence.Seed;

/// <summary>002's grade key, with the composites the letters print.</summary>
public sealed class GradeCodesSeed : ISeedDataset
{
    public string Resource => "Seed/grade-codes.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<GradeCodesFile>(json);
        db.GradeCodes.AddRange(file.GradeCodes.Select(g =>
            new GradeCode { Code = g.Code, Meaning = g.Meaning, IsComposite = g.IsComposite, Rank = g.Rank }
                .From(file.SourceDocument, g.SourceLines)));
        return Task.CompletedTask;
    }

    sealed record GradeCodesFile(string SourceDocument, List<GradeRow> GradeCodes);
    sealed record GradeRow(string Code, string Meaning, bool IsComposite, int? Rank, string SourceLines);
}
