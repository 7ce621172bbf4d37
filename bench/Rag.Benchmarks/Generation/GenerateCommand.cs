using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rag.Persistence;
using Rag.Persistence.Infrastructure;
using Spectre.Console;

namespace Rag.Benchmarks.Generation;

/// <summary><c>generate [--scale 1.0] [--seed 42]</c> and <c>remove</c>, on the database the usual Rag settings name
/// (<c>Rag__Database__Provider</c>, <c>ConnectionStrings__Rag</c>; by default the portal's own <c>src/Api/rag.db</c>).</summary>
static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Rag"] = $"Data Source={DefaultDatabase()}" })
            .AddEnvironmentVariables()
            .Build();
        await using var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddRagPersistence(settings).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var provider = settings.GetValue("Rag:Database:Provider", DatabaseProvider.Sqlite);

        if (args[0] == "remove")
        {
            var deleted = await SyntheticData.RemoveAsync(db);
            foreach (var (table, rows) in deleted.Where(d => d.Deleted > 0)) AnsiConsole.MarkupLine($"removed [bold]{rows:N0}[/] from {table}");
            return 0;
        }
        if (await db.Schools.AnyAsync(s => s.IsSynthetic))
        {
            AnsiConsole.MarkupLine("[yellow]The database already holds synthetic records; run `remove` first.[/]");
            return 1;
        }
        var options = new BenchArguments(args);
        var (scale, seed) = (options.Scale(1.0), options.Seed);
        AnsiConsole.MarkupLine($"Generating at scale {scale} (seed {seed}) into {provider}…");
        var elapsed = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => SyntheticData.GenerateAsync(db, scale, seed, new SpectreProgress(context)));
        var visits = await db.Visits.CountAsync(v => v.IsSynthetic);
        AnsiConsole.MarkupLine($"Done in [bold]{elapsed.TotalSeconds:F1} s[/]: {visits:N0} synthetic visits.");
        return 0;
    }

    /// <summary>The SQLite file <c>dotnet run --project src/Api</c> creates, found from the repository root.</summary>
    static string DefaultDatabase()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rag.sln"))) return Path.Combine(dir.FullName, "src", "Api", "rag.db");
        return "rag.db";
    }

    sealed class SpectreProgress(ProgressContext context) : SyntheticData.IProgress
    {
        public Action<int> Start(string table, int expected)
        {
            var task = context.AddTask(table, maxValue: Math.Max(1, expected));
            return rows =>
            {
                if (rows == 0 || task.Value + rows >= task.MaxValue) task.MaxValue = Math.Max(task.MaxValue, task.Value + rows);
                task.Increment(rows);
                if (rows < 5000) task.Value = task.MaxValue; // the last report of a table
            };
        }
    }
}
