// Latency of a three-level GraphQL query against a plain EF Core query for the same rows, in one run, on the
// curated data and then with synthetic letters added. Usage: dotnet run -c Release --project bench/Rag.Benchmarks [iterations]
// Also: ... -- queries [--scale 0.1] [--postgres] [--iterations 100] (issue 11's query set on generated data, see QuerySet/);
// ... -- load [--scale 0.1] [--postgres] [--seconds 20] [--clients 8,32] (the real server on loopback under concurrent clients, see Load/);
// ... -- allocations [--query "500 findings"] (which types a query's requests allocate, see Profile/);
// ... -- generate [--scale 1.0] [--seed 42] | remove (the national-scale synthetic record; see Generation/).
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rag.Benchmarks;
using Rag.Persistence;
using Rag.Testing;

if (args is ["generate" or "remove", ..]) return await Rag.Benchmarks.Generation.GenerateCommand.RunAsync(args);
if (args is ["queries", ..]) return await Rag.Benchmarks.QuerySet.QuerySetRunner.RunAsync(args);
if (args is ["load", ..]) return await Rag.Benchmarks.Load.LoadRunner.RunAsync(args);
if (args is ["allocations", ..]) return await Rag.Benchmarks.Profile.AllocationProfile.RunAsync(args);

var matrixOnly = args.Contains("matrix");
var iterations = args.FirstOrDefault(a => a.All(char.IsDigit)) is { } n ? int.Parse(n) : 200;
const string Query = """
    { fsiFindings(first: 500, order: [{ id: ASC }]) { nodes { text rag
        heading { name group { name } }
        letter { printedName letterDate localAuthority { name region { name } } } } } }
    """;

await using var api = new PooledSqliteApi();
await ((Xunit.IAsyncLifetime)api).InitializeAsync();
var client = api.CreateClient();

if (matrixOnly) { await MatrixRender.MeasureAsync(api, iterations); await ((Xunit.IAsyncLifetime)api).DisposeAsync(); return 0; }
await Measure("curated data (422 findings)");
await MatrixRender.MeasureAsync(api, iterations);
await api.Database.WithContextAsync(db => SyntheticLetters.AddAsync(db, letters: 400, findingsPerLetter: 25));
await Measure("with 10,000 synthetic findings (first 500 read)");
await ((Xunit.IAsyncLifetime)api).DisposeAsync();
return 0;

async Task Measure(string label)
{
    async Task GraphQL()
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    Task<List<FindingRow>> PlainEf() => api.Database.WithContextAsync(db => db.FsiFindings.AsNoTracking().OrderBy(f => f.Id).Take(500)
        .Select(f => new FindingRow(f.Text, f.Rag, f.Heading!.Name, f.Heading.Group!.Name, f.Letter!.PrintedName, f.Letter.LetterDate,
            f.Letter.LocalAuthority!.Name, f.Letter.LocalAuthority.Region!.Name))
        .ToListAsync());

    async Task PlainEfAsJson() => JsonSerializer.SerializeToUtf8Bytes(await PlainEf());

    for (var i = 0; i < 150; i++) { await GraphQL(); await PlainEf(); await PlainEfAsJson(); } // past tiered JIT
    api.Statements.Reset();
    await GraphQL();
    var statements = api.Statements.Count;

    var graphql = new List<double>();
    var ef = new List<double>();
    var efJson = new List<double>();
    long graphqlBytes = 0, efBytes = 0;
    for (var i = 0; i < iterations; i++) // interleaved, so machine noise falls on all alike
    {
        graphqlBytes += Time(GraphQL, graphql);
        efBytes += Time(PlainEf, ef);
        Time(PlainEfAsJson, efJson);
    }
    Console.WriteLine($"{label}: GraphQL {Median(graphql):F2} ms (p95 {P95(graphql):F2}, {statements} SQL statements, {graphqlBytes / iterations / 1024} KiB allocated)" +
                      $" vs plain EF Core {Median(ef):F2} ms (p95 {P95(ef):F2}, 1 statement, {efBytes / iterations / 1024} KiB)" +
                      $" = {Median(graphql) / Median(ef):F1}x; plain EF Core serialised to JSON {Median(efJson):F2} ms = {Median(graphql) / Median(efJson):F1}x");
}

static long Time(Func<Task> run, List<double> samples)
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    run().GetAwaiter().GetResult();
    samples.Add(watch.Elapsed.TotalMilliseconds);
    return GC.GetTotalAllocatedBytes(precise: true) - before;
}

static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
static double P95(List<double> samples) => samples.Order().ElementAt((int)(samples.Count * 0.95));

record FindingRow(string Text, Rag.Domain.Fsi.RagRating? Rag, string Heading, string Group, string Letter, DateOnly LetterDate, string Authority, string Region);
