using Microsoft.EntityFrameworkCore;
using Rag.Domain.Authorities;

namespace Rag.Persistence.Seed;

/// <summary>003 Appendices A and B: the regions, their LAs, the primary roll-out waves and other spellings (from 003,
/// 002 and 004).</summary>
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

    public async Task AddRevisionAsync(RagDbContext db, string json, int revision, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<RegionsFile>(json);
        if (file.Waves.Any(w => w.Revision == revision) || file.Regions.Any(r => r.Revision == revision || r.LocalAuthorities.Any(la => la.Revision == revision)))
            throw new NotSupportedException($"Revision {revision} of {Resource} adds waves, regions or LAs; only other names can be added to an existing database.");

        var added = file.Regions.SelectMany(r => r.LocalAuthorities)
            .SelectMany(la => la.AlternativeNames.Where(n => n.Revision == revision).Select(n => (La: la.Name, Name: n))).ToList();
        var names = added.Select(a => a.La).Distinct().ToList();
        // An LA a user deleted takes its other names with it.
        var las = await db.LocalAuthorities.Where(la => names.Contains(la.Name)).ToDictionaryAsync(la => la.Name, cancellationToken);
        foreach (var (la, name) in added.Where(a => las.ContainsKey(a.La)))
            las[la].AlternativeNames.Add(new LocalAuthorityName { Name = name.Name }.From(name.SourceDocument, name.SourceLines));
    }

    sealed record RegionsFile(string SourceDocument, List<WaveRow> Waves, List<RegionRow> Regions);
    sealed record WaveRow(int Number, string Label, DateOnly? StartsOn, string SourceLines, int? Revision);
    sealed record RegionRow(string Name, string SourceLines, List<LaRow> LocalAuthorities, int? Revision);
    sealed record LaRow(string Name, string SourceLines, int? Wave, string? WaveSourceLines, List<NameRow> AlternativeNames, string? CuratorNote, int? Revision);
    sealed record NameRow(string Name, string SourceDocument, string SourceLines, int? Revision);
}
