using System.Globalization;
using Rag.Benchmarks.QuerySet;
using Rag.Persistence.Infrastructure;

namespace Rag.Benchmarks;

/// <summary>The options every bench command shares: <c>--scale</c>, <c>--seed</c>, <c>--postgres</c>, numbers by name,
/// and <c>--queries a,b</c> to pick queries of the set by part of their names.</summary>
sealed class BenchArguments(string[] args)
{
    public double Number(string name, double fallback) =>
        Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public bool Flag(string name) => args.Contains(name);

    public double Scale(double fallback) => Number("--scale", fallback);

    public int Seed => (int)Number("--seed", 42);

    public DatabaseProvider Provider => Flag("--postgres") ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>The queries whose names hold one of the comma-separated parts given, or the whole set.</summary>
    public IReadOnlyList<BenchQuery> Queries(string option = "--queries")
    {
        if (Text(option) is not { } wanted) return BenchQueries.All;
        var parts = wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = BenchQueries.All.Where(q => parts.Any(p => q.Name.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        return chosen.Count > 0 ? chosen : throw new ArgumentException($"No query of the set is named like \"{wanted}\".");
    }
}
