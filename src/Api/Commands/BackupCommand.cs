using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Rag.Persistence.Infrastructure;

namespace Rag.Api.Commands;

/// <summary><c>backup &lt;path&gt;</c>: copies the SQLite database to a new file with SQLite's online backup API,
/// which takes a consistent snapshot while Rag keeps running and writing. PostgreSQL has pg_dump for that.</summary>
public sealed class BackupCommand : IRagCommand
{
    public string Name => "backup";
    public string Usage => "backup <path>    copy the SQLite database to a new file <path> while Rag runs";

    public async Task<int> RunAsync(IReadOnlyList<string> operands, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (configuration.GetValue("Rag:Database:Provider", DatabaseProvider.Sqlite) != DatabaseProvider.Sqlite)
        {
            await output.WriteLineAsync("backup copies a SQLite database; this Rag runs on PostgreSQL. Use pg_dump " +
                                        "(README: Backup), e.g. pg_dump --format=custom --file=rag.dump \"$DATABASE_URL\".");
            return 2;
        }
        if (operands.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var destination = Path.GetFullPath(operands[0]);
        if (File.Exists(destination))
        {
            await output.WriteLineAsync($"{destination} already exists; backup writes only to a new file.");
            return 1;
        }

        // Read-only, so that a mistyped connection string fails instead of backing up a new, empty database.
        var source = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Rag")) { Mode = SqliteOpenMode.ReadOnly };
        var sourcePath = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourcePath))
        {
            await output.WriteLineAsync($"There is no database at {sourcePath} to back up.");
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString()))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            from.BackupDatabase(to);
            await using var check = to.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var integrity = (string?)await check.ExecuteScalarAsync(cancellationToken);
            await output.WriteLineAsync($"Backed up {sourcePath} to {destination}: {new FileInfo(destination).Length:N0} bytes " +
                                        $"in {stopwatch.ElapsedMilliseconds} ms; the copy's integrity check says: {integrity}.");
            return integrity == "ok" ? 0 : 1;
        }
    }
}
