using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Rag.Testing;
using Xunit.Abstractions;

namespace Rag.Api.Tests.Hardening;

/// <summary>20 editors update 5 shared regions for 10 seconds, each sending the version it read: every accepted
/// update is visible, every refusal is a typed ConflictError, and no write is lost.</summary>
public class ConcurrentEditTests(SqliteApi api, ITestOutputHelper output) : IClassFixture<SqliteApi>
{
    const int Editors = 20;
    const int Records = 5;
    static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    sealed record Accepted(string Id, int Version, string Name);

    [Fact]
    public async Task ShouldLoseNoWriteUnderTwentyConcurrentEditors()
    {
        var ids = (await api.CreateClient().DataAsync($"{{ regions(first: {Records}, order: [{{ id: ASC }}]) {{ nodes {{ id version }} }} }}"))
            ["regions"]!["nodes"]!.AsArray().Select(n => ((string)n!["id"]!, (int)n["version"]!)).ToDictionary();
        var accepted = new ConcurrentBag<Accepted>();
        var latencies = new ConcurrentBag<double>();
        var conflicts = 0;
        var others = new ConcurrentBag<string>();
        var stop = DateTime.UtcNow + Duration;

        await Task.WhenAll(Enumerable.Range(0, Editors).Select(editor => Task.Run(async () =>
        {
            var client = api.CreateEditorClient();
            var random = new Random(editor);
            for (var n = 0; DateTime.UtcNow < stop; n++)
            {
                var id = ids.Keys.ElementAt(random.Next(Records));
                var read = await client.DataAsync("query($id: ID!) { region(id: $id) { version } }", new { id });
                var version = (int)read["region"]!["version"]!;
                var name = $"Editor {editor} edit {n}";
                var watch = Stopwatch.StartNew();
                var answer = await client.PostAsync(
                    "mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { version name } errors { __typename } } }",
                    new { i = new { id, version, name } });
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                var payload = answer["data"]?["updateRegion"];
                if (payload?["errors"] is JsonArray { Count: > 0 } errors && (string?)errors[0]!["__typename"] == "ConflictError")
                    Interlocked.Increment(ref conflicts);
                else if (payload?["region"] is { } region && payload["errors"] is null && (int)region["version"]! == version + 1)
                    accepted.Add(new(id, version + 1, name));
                else
                    others.Add(answer.ToJsonString());
            }
        })));

        var final = (await api.CreateClient().DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Region { version name } } }",
            new { ids = ids.Keys.ToArray() }))["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => ((int)n!["version"]!, (string)n["name"]!));
        var lost = ids.Keys.Sum(id => LostWrites(id, ids[id], final[id], accepted.Where(a => a.Id == id).ToList()));

        var times = latencies.Order().ToList();
        var figures = new StringBuilder()
            .AppendLine($"## Concurrent edits (SQLite, {DateTime.UtcNow:yyyy-MM-dd})")
            .AppendLine()
            .AppendLine($"{Editors} editors, {Records} shared regions, {Duration.TotalSeconds:F0} s, each update sending the version it read.")
            .AppendLine()
            .AppendLine("| updates | accepted | ConflictError | other answers | lost writes | p50 ms | p95 ms |")
            .AppendLine("|---|---|---|---|---|---|---|")
            .AppendLine($"| {times.Count} | {accepted.Count} | {conflicts} | {others.Count} | {lost} | " +
                        $"{HardeningFigures.Percentile(times, 0.5):F1} | {HardeningFigures.Percentile(times, 0.95):F1} |")
            .ToString();
        output.WriteLine(figures);
        HardeningFigures.Write("concurrent-edits", figures);

        Assert.Empty(others.Take(5));
        Assert.Equal(0, lost);
        Assert.NotEmpty(accepted);
    }

    // Each accepted update must have moved the record to a version no other accepted update claimed, the versions
    // must run without a gap to the final one, and the final name must be the last accepted one's.
    static int LostWrites(string id, int initial, (int Version, string Name) final, List<Accepted> accepted)
    {
        var versions = accepted.Select(a => a.Version).Order().ToList();
        var duplicates = versions.Count - versions.Distinct().Count();
        var missing = final.Version - initial - versions.Distinct().Count();
        var last = accepted.MaxBy(a => a.Version);
        return duplicates + Math.Abs(missing) + (last is not null && last.Name != final.Name ? 1 : 0);
    }
}
