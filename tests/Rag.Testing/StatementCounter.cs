using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rag.Testing;

/// <summary>Counts the SQL statements EF Core sends, to prove a query's statements grow with its depth, not its rows.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    int count;
    readonly List<string> statements = [];

    public int Count => count;
    public IReadOnlyList<string> Statements { get { lock (statements) return statements.ToList(); } }

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (statements) statements.Clear();
    }

    void Record(DbCommand command)
    {
        Interlocked.Increment(ref count);
        lock (statements) statements.Add(command.CommandText);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
