using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class CrashRecoveryTests
{
    const int Writers = 4;

    [Fact]
    public async Task ShouldSurviveKillDuringWritesWithEveryRecordWholeAndEveryAcknowledgedWriteKept()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rag-crash-{Guid.NewGuid():N}.db");
        try
        {
            var acknowledged = new ConcurrentBag<string>();
            await using (var rag = await RagProcess.StartAsync(file))
            {
                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilKilledAsync(rag, w, acknowledged, stop.Token)).ToArray();
                var deadline = DateTime.UtcNow.AddSeconds(20);
                while (acknowledged.Count < 40 && DateTime.UtcNow < deadline) await Task.Delay(20); // well into the loop, writes in flight
                Assert.True(acknowledged.Count >= 40, $"Only {acknowledged.Count} writes were acknowledged before the kill.");
                await rag.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
            }

            await using (await RagProcess.StartAsync(file)) // the restart recovers the file and serves again
            {
                await using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
                await db.OpenAsync();
                Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check"));

                var rows = await RowsAsync(db, """SELECT "Name", "CuratorNote", "Order", "CreatedBy", "CreatedAt", "Version" FROM "Regions" WHERE "Name" LIKE 'crash %'""");
                foreach (var row in rows) // each record is whole: every column its one write set is there
                {
                    Assert.Equal(row[0], row[1]);
                    Assert.Equal(Order((string)row[0]!), row[2]);
                    Assert.Equal("crash", row[3]);
                    Assert.NotNull(row[4]);
                }
                Assert.Subset(rows.Select(r => (string)r[0]!).ToHashSet(), acknowledged.ToHashSet()); // no acknowledged write lost
            }
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    static async Task WriteUntilKilledAsync(RagProcess rag, int writer, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var client = rag.CreateEditorClient();
        for (var i = 1; !stop.IsCancellationRequested && i < 100_000; i++)
        {
            var name = $"crash {writer} {i}";
            try
            {
                var answer = await client.PostAsync(
                    "mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } errors { __typename } } }",
                    new { input = new { name, curatorNote = name, order = Order(name) } });
                if (answer["data"]?["createRegion"]?["region"] is JsonObject) acknowledged.Add(name);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or InvalidOperationException)
            {
                return; // the process is gone
            }
        }
    }

    static long Order(string name) => 1000L * int.Parse(name.Split(' ')[1]) + int.Parse(name.Split(' ')[2]);

    static async Task<object?> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    static async Task<List<object?[]>> RowsAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row.Select(v => v is DBNull ? null : v).ToArray());
        }
        return rows;
    }
}
