using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Accounts;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Matrix;
using Rag.Testing;

namespace Rag.Benchmarks;

/// <summary>Server time of the comparison matrix over all 17 LAs and 25 headings: the query service alone, and the whole
/// portal page (service, Razor rendering of 424 findings, HTTP in process). The target is under 250 ms.</summary>
public static class MatrixRender
{
    public static async Task MeasureAsync(SqliteApi api, int iterations)
    {
        var client = await api.CreateClientAsAsync(Roles.Viewer);
        async Task Page()
        {
            using var response = await client.GetAsync("/Analysis/Matrix");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }
        async Task Service()
        {
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ComparisonMatrix>().BuildAsync(FindingFilter.All);
        }

        for (var i = 0; i < 30; i++) { await Page(); await Service(); } // past tiered JIT
        var page = new List<double>();
        var service = new List<double>();
        for (var i = 0; i < Math.Max(20, iterations / 4); i++)
        {
            page.Add(await Time(Page));
            service.Add(await Time(Service));
        }
        Console.WriteLine($"comparison matrix, 17 LAs x 25 headings: page {Median(page):F1} ms (p95 {P95(page):F1}), query service {Median(service):F1} ms (p95 {P95(service):F1}); target < 250 ms");
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
