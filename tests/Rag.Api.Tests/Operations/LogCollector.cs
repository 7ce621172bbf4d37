using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Rag.Api.Tests.Operations;

/// <summary>Keeps every log line the host writes, with its category and structured values, for tests to read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);

    readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception) + exception, values.ToDictionary(v => v.Key, v => v.Value)));
        }
    }
}
