using Rag.Domain.Authorities;

namespace Rag.Persistence.Seed;

/// <summary>003 Appendices A and B: the regions, their LAs, the primary roll-out waves and other spellings.</summary>
public sealed class RegionsSeed : ISeedDataset
{
    public string Resource => "Seed/regions.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<RegionsFile>(json);
        var doc = file.SourceDocument;
        var waves = file.Waves.ToDictionary(w => w.Number,
            w => new RolloutWave { Number = w.Number, Label = w.Label, StartsOn = w.StartsOn }.From(doc, w.SourceLines));
        db.RolloutWaves.AddRange(waves.Values);

        db.Regions.AddRange(file.Regions.Select((region, order) => new Region
        {
            Name = region.Name,
            Order = order + 1,
            LocalAuthorities = region.LocalAuthorities.Select(la => new LocalAuthority
            {
                Name = la.Name,
                RolloutWave = la.Wave is { } wave ? waves[wave] : null,
                AlternativeNames = la.AlternativeNames
                    .Select(n => new LocalAuthorityName { Name = n.Name }.From(n.SourceDocument, n.SourceLines)).ToList(),
            }.From(doc, la.SourceLines, la.CuratorNote)).ToList(),
        }.From(doc, region.SourceLines)));
        return Task.CompletedTask;
    }

    sealed record RegionsFile(string SourceDocument, List<WaveRow> Waves, List<RegionRow> Regions);
    sealed record WaveRow(int Number, string Label, DateOnly? StartsOn, string SourceLines);
    sealed record RegionRow(string Name, string SourceLines, List<LaRow> LocalAuthorities);
    sealed record LaRow(string Name, string SourceLines, int? Wave, string? WaveSourceLines, List<NameRow> AlternativeNames, string? CuratorNote);
    sealed record NameRow(string Name, string SourceDocument, string SourceLines);
}
