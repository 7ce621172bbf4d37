using Rag.Domain.Standards;

namespace Rag.Persistence.Seed;

/// <summary>000: the grading scale, the two sets of five quality standards with their descriptors, and the
/// data indicators.</summary>
public sealed class QualityStandardsSeed : ISeedDataset
{
    public string Resource => "Seed/quality-standards.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<StandardsFile>(json);
        var doc = file.SourceDocument;
        var levels = file.Levels.ToDictionary(l => l.Name,
            l => new DescriptorLevel { Rank = l.Rank, Name = l.Name }.From(doc, l.SourceLines, l.CuratorNote));
        db.DescriptorLevels.AddRange(levels.Values);

        db.QualityStandardSets.AddRange(file.Sets.Select(set => new QualityStandardSet
        {
            Number = set.Number,
            Title = set.Title,
            Standards = set.Standards.Select(standard => new QualityStandard
            {
                Code = standard.Code,
                Title = standard.Title,
                Phases = standard.Phases,
                Statements = standard.Statements.Select(s => s.Text).ToList(),
                Descriptors = standard.Descriptors.Select(d => new QualityDescriptor
                {
                    Level = levels.GetValueOrDefault(d.Level)
                            ?? throw new InvalidDataException($"{standard.Code}: unknown level \"{d.Level}\"."),
                    Text = d.Text,
                }.From(doc, d.SourceLines, d.CuratorNote)).ToList(),
            }.From(doc, standard.SourceLines, standard.CuratorNote)).ToList(),
        }.From(doc, set.SourceLines, set.CuratorNote)));

        db.DataIndicators.AddRange(file.DataIndicators.Select(i => new DataIndicator
        {
            Number = i.Number, Name = i.Name, Description = i.Description, Phase = i.Phase, StandardCodes = i.StandardCodes,
        }.From(doc, i.SourceLines, i.CuratorNote)));
        return Task.CompletedTask;
    }

    sealed record StandardsFile(string SourceDocument, List<LevelRow> Levels, List<SetRow> Sets, List<IndicatorRow> DataIndicators);
    sealed record LevelRow(int Rank, string Name, string SourceLines, string? CuratorNote);
    sealed record SetRow(int Number, string Title, string SourceLines, string? CuratorNote, List<StandardRow> Standards);
    sealed record StandardRow(
        string Code, string Title, string SourceLines, List<string> Phases, string? CuratorNote,
        List<TextRow> Statements, List<DescriptorRow> Descriptors);
    sealed record TextRow(string Text, string SourceLines, string? CuratorNote);
    sealed record DescriptorRow(string Level, string Text, string SourceLines, string? CuratorNote);
    sealed record IndicatorRow(int Number, string Name, string? Description, string? Phase, List<string> StandardCodes, string SourceLines, string? CuratorNote);
}
