using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Rag.Api.GraphQL.Data.Limits;
using Rag.Testing;
using Xunit.Abstractions;

namespace Rag.Api.Tests.Hardening;

/// <summary>Over 5,000 hostile requests against the real host: none gets a 5xx, a stack trace, an internal type
/// name or an answer over the cap; the process stays up and the database is unchanged.</summary>
public partial class BadInputCorpusTests(SqliteApi api, ITestOutputHelper output) : IClassFixture<SqliteApi>
{
    // What a leak looks like: a stack frame, an exception, or a type of the server's own namespaces.
    [GeneratedRegex(@"\bat [A-Z][\w`]*\.[\w.`<>]+\(|Exception\b|\b(GraphQL|System|Microsoft|Rag|Npgsql)\.[A-Z]\w+|SQLite Error|Error trying to resolve")]
    private static partial Regex Leak();

    sealed record Outcome(string Kind, int Status, double Milliseconds, int Bytes, string? Leak);

    [Fact]
    public async Task ShouldSurviveTheCorpusWithNo5xxNoLeakAndNoChange()
    {
        var corpus = BadInputCorpus.Build();
        var before = await DatabaseChecksum.ComputeAsync(api.Database);
        var reader = api.CreateClient();
        var editor = api.CreateEditorClient();
        var outcomes = new ConcurrentBag<Outcome>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (input, ct) =>
            outcomes.Add(await SendAsync(input.AsEditor ? editor : reader, input, ct)));
        watch.Stop();

        var after = await DatabaseChecksum.ComputeAsync(api.Database);
        var alive = await reader.DataAsync("{ regions { totalCount } }");
        var figures = Figures(outcomes.ToList(), watch.Elapsed, before == after);
        output.WriteLine(figures);
        HardeningFigures.Write("bad-input-corpus", figures);

        Assert.True(corpus.Count >= 5_000);
        Assert.Equal(9, (int)alive["regions"]!["totalCount"]!);
        Assert.Equal(before, after);
        Assert.DoesNotContain(outcomes, o => o.Status >= 500);
        Assert.Empty(outcomes.Where(o => o.Leak is not null).Select(o => $"{o.Kind}: {o.Leak}").Take(10));
        Assert.DoesNotContain(outcomes, o => o.Bytes > new LimitOptions().MaxResponseBytes);
    }

    static async Task<Outcome> SendAsync(HttpClient client, BadInput input, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), "/graphql" + input.QueryString);
        if (input.Method == "POST")
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(input.Body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(input.ContentType) } };
        if (input.Accept is not null) request.Headers.TryAddWithoutValidation("Accept", input.Accept);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var leak = Leak().Match(body);
        return new(input.Kind, (int)response.StatusCode, watch.Elapsed.TotalMilliseconds, Encoding.UTF8.GetByteCount(body),
            leak.Success ? body.Substring(Math.Max(0, leak.Index - 60), Math.Min(160, body.Length - Math.Max(0, leak.Index - 60))) : null);
    }

    static string Figures(List<Outcome> outcomes, TimeSpan elapsed, bool unchanged)
    {
        var times = outcomes.Select(o => o.Milliseconds).Order().ToList();
        var text = new StringBuilder()
            .AppendLine($"## Bad-input corpus (SQLite, {DateTime.UtcNow:yyyy-MM-dd})")
            .AppendLine()
            .AppendLine($"{outcomes.Count} requests in {elapsed.TotalSeconds:F1} s (4 at a time); p50 {HardeningFigures.Percentile(times, 0.5):F1} ms, " +
                        $"p95 {HardeningFigures.Percentile(times, 0.95):F1} ms, max {times.LastOrDefault():F0} ms; largest answer {outcomes.Max(o => o.Bytes):N0} bytes.")
            .AppendLine($"5xx: {outcomes.Count(o => o.Status >= 500)}. Leaks (stack trace, exception, internal type): {outcomes.Count(o => o.Leak is not null)}. " +
                        $"Database checksum before = after: {(unchanged ? "yes" : "NO")}. Process alive after: yes.")
            .AppendLine()
            .AppendLine("| kind | cases | status codes | p95 ms |")
            .AppendLine("|---|---|---|---|");
        foreach (var kind in outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = string.Join(", ", kind.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
            text.AppendLine($"| {kind.Key} | {kind.Count()} | {statuses} | {HardeningFigures.Percentile(kind.Select(o => o.Milliseconds).Order().ToList(), 0.95):F0} |");
        }
        var all = string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        return text.AppendLine($"| **all** | {outcomes.Count} | {all} | {HardeningFigures.Percentile(times, 0.95):F0} |").ToString();
    }
}
