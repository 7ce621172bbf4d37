using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rag.Domain.Fsi;
using Rag.Persistence.Infrastructure;
using Rag.Persistence.Seed;

namespace Rag.Persistence.Tests.Seed;

/// <summary>A database that imported the letters as the first reading left them gets the second reading's
/// corrections on its next start: records nobody edited are corrected, an edited one is kept and logged.</summary>
public sealed class SeedCorrectionTests : IAsyncLifetime
{
    const string Doc = "002_108093f72920003a.txt";
    readonly string file = Path.Combine(Path.GetTempPath(), $"rag-correction-{Guid.NewGuid():N}.db");
    readonly ConcurrentQueue<string> log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ShouldCorrectUneditedFindingsAndKeepAnEditedOne()
    {
        await StartAsync(new FirstReadingFiles());
        await WithContextAsync(async db =>
        {
            Assert.Equal(424, await db.FsiFindings.CountAsync());
            // An editor's save, as the editing core makes it (stamped and versioned).
            await db.FsiFindings.Where(f => f.SourceDocument == Doc && f.SourceLines == "2747-2761")
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Text, "Edited in the portal")
                    .SetProperty(f => f.UpdatedBy, "editor@example.org").SetProperty(f => f.Version, f => f.Version + 1));
        });

        await StartAsync(new SeedFiles());

        await WithContextAsync(async db =>
        {
            var findings = await db.FsiFindings.Include(f => f.Heading).Include(f => f.Letter).AsNoTracking().ToListAsync();
            FsiFinding At(string lines) => findings.Single(f => f.SourceLines == lines);

            Assert.Equal("LA - cause for concern schools", At("1845-1851").Heading!.Name);
            Assert.Equal("LA - cause for concern schools", At("1845-1851").SecondReadingHeading);
            Assert.NotNull(At("1845-1851").ResolutionNote);
            Assert.Equal("Northumberland County Council", At("2380-2385").Letter!.PrintedName);
            Assert.Equal(RagRating.Red, At("240-245").Rag);
            Assert.DoesNotContain(findings, f => f.SourceLines == "1482-1493");
            Assert.Equal("Edited in the portal", At("2747-2761").Text);
            Assert.Equal("Staffordshire County Council", At("2747-2761").Letter!.PrintedName);
            Assert.Null(At("2747-2761").ResolutionNote);
            Assert.Equal(422, findings.Count);
        });
        Assert.Contains(log, line => line.Contains("2747-2761") && line.Contains("not corrected"));
    }

    async Task StartAsync(SeedFiles files)
    {
        await using var services = Services(files);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    async Task WithContextAsync(Func<RagDbContext, Task> work)
    {
        await using var services = Services(new SeedFiles());
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    ServiceProvider Services(SeedFiles files) => new ServiceCollection()
        .AddLogging(l => l.AddProvider(new QueueLoggerProvider(log)))
        .AddSingleton(files)
        .AddRagPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rag:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Rag"] = $"Data Source={file};Pooling=False",
        }).Build())
        .BuildServiceProvider();

    /// <summary>The letter files as they stood before the second reading: each letter's findings are the first
    /// reading's (kept in Seed/Readings/First), without the second reading or resolution notes.</summary>
    sealed class FirstReadingFiles : SeedFiles
    {
        public override string Read(string name)
        {
            if (!name.StartsWith("Seed/FsiLetters/", StringComparison.Ordinal)) return base.Read(name);
            var letter = JsonNode.Parse(base.Read(name))!;
            var first = JsonNode.Parse(base.Read(name.Replace("Seed/FsiLetters/", "Seed/Readings/First/")))!;
            foreach (var finding in first["findings"]!.AsArray()) finding!["curatorNote"] = null;
            letter["findings"] = first["findings"]!.DeepClone();
            return letter.ToJsonString();
        }
    }

    sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
        public void Dispose() { }
    }
}
