using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rag.Benchmarks.Generation;

/// <summary>Writes generated rows straight through the connection, bypassing change tracking: prepared INSERTs in
/// one transaction on SQLite, binary COPY on PostgreSQL.</summary>
abstract class BulkLoader : IAsyncDisposable
{
    public static async Task<BulkLoader> OpenAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        BulkLoader loader = connection switch
        {
            SqliteConnection sqlite => new SqliteLoader(sqlite),
            NpgsqlConnection npgsql => new PostgresLoader(npgsql),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
        await loader.BeginAsync();
        return loader;
    }

    protected abstract Task BeginAsync();
    public abstract Task WriteAsync(TableShape table, IEnumerable<object> rows, Action<int> advanced);
    public abstract Task CommitAsync();
    public abstract ValueTask DisposeAsync();

    /// <summary>How often the progress bar is told, in rows.</summary>
    protected const int ReportEvery = 5000;

    sealed class SqliteLoader(SqliteConnection connection) : BulkLoader
    {
        SqliteTransaction? transaction;
        string journalMode = "delete";

        protected override async Task BeginAsync()
        {
            await using (var read = new SqliteCommand("PRAGMA journal_mode", connection))
                journalMode = (string)(await read.ExecuteScalarAsync())!;
            // A failed load rolls back anyway, so the rollback journal can live in memory and nothing waits on fsync.
            await Execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;");
            transaction = connection.BeginTransaction();
        }

        public override Task WriteAsync(TableShape table, IEnumerable<object> rows, Action<int> advanced)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                                 $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            insert.Prepare();
            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].Read(row) ?? DBNull.Value;
                insert.ExecuteNonQuery();
                if (++count % ReportEvery == 0) advanced(ReportEvery);
            }
            advanced(count % ReportEvery);
            return Task.CompletedTask;
        }

        public override async Task CommitAsync()
        {
            await transaction!.CommitAsync();
            transaction = null;
        }

        public override async ValueTask DisposeAsync()
        {
            if (transaction is not null) await transaction.RollbackAsync();
            await Execute($"PRAGMA synchronous = FULL; PRAGMA journal_mode = {journalMode};");
        }

        async Task Execute(string sql)
        {
            await using var command = new SqliteCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    sealed class PostgresLoader(NpgsqlConnection connection) : BulkLoader
    {
        NpgsqlTransaction? transaction;
        readonly List<TableShape> written = [];

        protected override async Task BeginAsync() => transaction = await connection.BeginTransactionAsync();

        public override async Task WriteAsync(TableShape table, IEnumerable<object> rows, Action<int> advanced)
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            await using (var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                var count = 0;
                foreach (var row in rows)
                {
                    await importer.StartRowAsync();
                    foreach (var column in table.Columns)
                    {
                        if (column.Read(row) is { } value) await importer.WriteAsync(value, column.StoreType);
                        else await importer.WriteNullAsync();
                    }
                    if (++count % ReportEvery == 0) advanced(ReportEvery);
                }
                advanced(count % ReportEvery);
                await importer.CompleteAsync();
            }
            written.Add(table);
        }

        public override async Task CommitAsync()
        {
            // COPY gave explicit ids, so move each identity past them or the next INSERT through EF would collide.
            foreach (var table in written)
            {
                await using var bump = new NpgsqlCommand(
                    $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table.Name}\"))", connection, transaction);
                await bump.ExecuteNonQueryAsync();
            }
            await transaction!.CommitAsync();
            transaction = null;
        }

        public override async ValueTask DisposeAsync()
        {
            if (transaction is not null) await transaction.RollbackAsync();
        }
    }
}
