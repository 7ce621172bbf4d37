using Rag.Domain.Fsi;

namespace Rag.Persistence.Seed;

/// <summary>The common headings 002 analyses every letter under, in their groups.</summary>
public sealed class FsiHeadingsSeed : ISeedDataset
{
    public string Resource => "Seed/fsi-headings.json";

    public Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<HeadingsFile>(json);
        var order = 0;
        db.FsiHeadingGroups.AddRange(file.Groups.Select((group, g) => new FsiHeadingGroup
        {
            Name = group.Name,
            Order = g + 1,
            Headings = group.Headings
                .Select(h => new FsiHeading { Name = h.Name, Order = ++order }.From(file.SourceDocument, h.SourceLines)).ToList(),
        }.From(file.SourceDocument, group.SourceLines)));
        return Task.CompletedTask;
    }

    sealed record HeadingsFile(string SourceDocument, List<GroupRow> Groups);
    sealed record GroupRow(string Name, string SourceLines, List<HeadingRow> Headings);
    sealed record HeadingRow(string Name, string SourceLines);
}
