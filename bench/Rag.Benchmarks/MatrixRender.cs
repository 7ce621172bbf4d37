using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Matrix;
using Rag.Testing;

namespace Rag.Benchmarks;

/// <summary>Server time of the comparison matrix over all 17 LAs and 25 headings: the query service alone, and the whole
/// portal page (service, Razor rendering of 422 findings, HTTP in process), beside a baseline measured interleaved in the
/// same run: one plain EF Core query reading the same findings with their letter, LA, region and heading, which is the
/// least any matrix must do. The target is under 250 ms.</summary>
public static class MatrixRender
{
    public static async Task MeasureAsync(PooledSqliteApi api, int iterations)
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        async Task<long> Get(string path)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }
        Task Page() => Get("/Analysis/Matrix");
        // What any portal page costs (sign-in by token, layout, HTTP in process), to tell the matrix's own part from it.
        Task Index() => Get("/Analysis");
        async Task Service()
        {
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ComparisonMatrix>().BuildAsync(FindingFilter.All);
        }
        async Task PlainEf()
        {
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RagDbContext>().FsiFindings.AsNoTracking()
                .Select(f => new { f.Id, f.FsiLetterId, f.Letter!.LetterDate, La = f.Letter.LocalAuthority!.Name, Region = f.Letter.LocalAuthority.Region!.Name,
                    Heading = f.Heading!.Name, Group = f.Heading.Group!.Name, f.Text, f.Rag, f.SourceLines })
                .ToListAsync();
        }

        for (var i = 0; i < 30; i++) { await Page(); await Service(); await PlainEf(); await Index(); } // past tiered JIT
        var bytes = await Get("/Analysis/Matrix");
        var page = new List<double>();
        var index = new List<double>();
        var service = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < Math.Max(20, iterations / 4); i++) // interleaved, so machine noise falls on all four alike
        {
            page.Add(await Time(Page));
            service.Add(await Time(Service));
            baseline.Add(await Time(PlainEf));
            index.Add(await Time(Index));
        }
        Console.WriteLine($"comparison matrix, 17 LAs x 25 headings, {page.Count} runs each: page {Median(page):F1} ms (p95 {P95(page):F1}, {bytes / 1024} KiB of HTML), " +
                          $"query service {Median(service):F1} ms (p95 {P95(service):F1}), baseline plain EF Core query of the same findings " +
                          $"{Median(baseline):F1} ms (p95 {P95(baseline):F1}), the analysis index page {Median(index):F1} ms (p95 {P95(index):F1}); target < 250 ms");
    }

    static async Task<double> Time(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
    static double P95(List<double> samples) => samples.Order().ElementAt((int)(samples.Count * 0.95));
}
