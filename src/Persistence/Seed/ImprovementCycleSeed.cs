using Rag.Domain.Visits;

namespace Rag.Persistence.Seed;

/// <summary>001: the termly improvement cycle's stages and prompts, and the school's development stages.</summary>
public sealed class ImprovementCycleSeed : ISeedDataset
{
    public string Resource => "Seed/improvement-cycle.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<CycleFile>(json);
        var doc = file.SourceDocument;
        db.ImprovementStages.AddRange(file.Stages.Select(s => new ImprovementStage
        {
            Order = s.Order,
            Name = s.Name,
            Description = s.Description,
            Prompts = s.Prompts.Select((p, i) => new ImprovementPrompt { Order = i + 1, Text = p.Text }.From(doc, p.SourceLines, p.CuratorNote)).ToList(),
        }.From(doc, s.SourceLines, s.CuratorNote)));
        db.DevelopmentStages.AddRange(file.DevelopmentStages.Select(s =>
            new DevelopmentStage { Number = s.Number, Name = s.Name, Description = s.Description }.From(doc, s.SourceLines, s.CuratorNote)));
        db.DevelopmentPrompts.AddRange(file.DevelopmentStagePrompts.Select((p, i) =>
            new DevelopmentPrompt { Order = i + 1, Text = p.Text }.From(doc, p.SourceLines, p.CuratorNote)));
        return Task.CompletedTask;
    }

    sealed record CycleFile(string SourceDocument, List<StageRow> Stages, List<DevelopmentRow> DevelopmentStages, List<TextRow> DevelopmentStagePrompts);
    sealed record StageRow(int Order, string Name, string? Description, string SourceLines, string? CuratorNote, List<TextRow> Prompts);
    sealed record DevelopmentRow(int Number, string Name, string? Description, string SourceLines, string? CuratorNote);
    sealed record TextRow(string Text, string SourceLines, string? CuratorNote);
}
