using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Analysis.Search;

/// <summary>The kinds of text the search covers.</summary>
[System.ComponentModel.Description("The kinds of text the search covers.")]
public enum SearchKind
{
    [System.ComponentModel.Description("A finding's quoted text.")]
    Finding,
    [System.ComponentModel.Description("The curator's note on a finding.")]
    FindingNote,
    [System.ComponentModel.Description("Why Ofsted carried out the focused inspection, as a letter gives it.")]
    LetterReason,
    [System.ComponentModel.Description("The further figures or remarks 002 prints for a letter.")]
    LetterNotes,
}

/// <summary>Each database's own full-text index over findings, their notes and letters' reasons and notes, created
/// by an idempotent step at start (not a migration, so no migration history is touched):
/// SQLite: an FTS5 table (unicode61, diacritics removed) kept current by triggers and rebuilt at start;
/// PostgreSQL: GIN indexes over an immutable function that folds case and accents like <see cref="TextFolding"/>.
/// Both only find candidates; <see cref="TextSearch"/> checks each with the one C# definition of a word, so
/// both providers return the same results.</summary>
public sealed class SearchIndex(RagDbContext db)
{
    const string Fts = "AnalysisSearch";

    static readonly (SearchKind Kind, string Table, string Column)[] Sources =
    [
        (SearchKind.Finding, "FsiFindings", "Text"),
        (SearchKind.FindingNote, "FsiFindings", "CuratorNote"),
        (SearchKind.LetterReason, "FsiLetters", "Reason"),
        (SearchKind.LetterNotes, "FsiLetters", "Notes"),
    ];

    bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        foreach (var sql in IsPostgres ? PostgresDefinition() : SqliteDefinition())
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    static IEnumerable<string> PostgresDefinition()
    {
        var (from, to) = TextFolding.TranslateMap();
        yield return $"""
            CREATE OR REPLACE FUNCTION rag_search_vector(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
            $$ SELECT to_tsvector('simple'::regconfig, regexp_replace(translate(lower(coalesce(body, '')), '{from}', '{to}'), '[^[:alnum:]]+', ' ', 'g')) $$
            """;
        foreach (var (_, table, column) in Sources)
            yield return $"""CREATE INDEX IF NOT EXISTS "IX_{table}_{column}_Search" ON "{table}" USING gin (rag_search_vector("{column}"))""";
    }

    static IEnumerable<string> SqliteDefinition()
    {
        yield return $"CREATE VIRTUAL TABLE IF NOT EXISTS {Fts} USING fts5(kind UNINDEXED, record_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')";
        foreach (var table in Sources.Select(s => s.Table).Distinct())
        {
            var columns = Sources.Where(s => s.Table == table).ToList();
            string Insert(string row) => string.Concat(columns.Select(c =>
                $"INSERT INTO {Fts}(kind, record_id, body) SELECT {(int)c.Kind}, {row}.Id, {row}.\"{c.Column}\" WHERE {row}.\"{c.Column}\" IS NOT NULL; "));
            var kinds = string.Join(", ", columns.Select(c => (int)c.Kind));
            var delete = $"DELETE FROM {Fts} WHERE kind IN ({kinds}) AND record_id = old.Id; ";
            yield return $"CREATE TRIGGER IF NOT EXISTS {table}_search_insert AFTER INSERT ON \"{table}\" BEGIN {Insert("new")} END";
            yield return $"CREATE TRIGGER IF NOT EXISTS {table}_search_update AFTER UPDATE ON \"{table}\" BEGIN {delete}{Insert("new")} END";
            yield return $"CREATE TRIGGER IF NOT EXISTS {table}_search_delete AFTER DELETE ON \"{table}\" BEGIN {delete} END";
        }
        // Rebuilt at every start: cheap (a few hundred rows) and heals any drift.
        yield return $"DELETE FROM {Fts}";
        foreach (var (kind, table, column) in Sources)
            yield return $"INSERT INTO {Fts}(kind, record_id, body) SELECT {(int)kind}, Id, \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
    }

    /// <summary>The records whose text the index says matches every term: candidates, checked by the caller.</summary>
    public async Task<List<(SearchKind Kind, int Id)>> CandidatesAsync(SearchQuery query, IReadOnlyCollection<SearchKind> kinds, CancellationToken cancellationToken = default)
    {
        var found = new List<(SearchKind, int)>();
        if (query.IsEmpty || kinds.Count == 0) return found;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@q";
            if (IsPostgres)
            {
                parameter.Value = query.ToTsQuery();
                command.CommandText = string.Join(" UNION ALL ", Sources.Where(s => kinds.Contains(s.Kind)).Select(s =>
                    $"""SELECT {(int)s.Kind}, "Id" FROM "{s.Table}" WHERE rag_search_vector("{s.Column}") @@ to_tsquery('simple', @q)"""));
            }
            else
            {
                parameter.Value = query.ToFts5();
                command.CommandText = $"SELECT kind, record_id FROM {Fts} WHERE {Fts} MATCH @q AND kind IN ({string.Join(", ", kinds.Select(k => (int)k))})";
            }
            command.Parameters.Add(parameter);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found.Add(((SearchKind)Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1))));
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        return found;
    }

    /// <summary>The findings whose quoted text matches every term (for the analyses' "words in text" filter).</summary>
    public async Task<List<int>> MatchingFindingIdsAsync(string words, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(words);
        if (query.IsEmpty) return [];
        var candidates = (await CandidatesAsync(query, [SearchKind.Finding], cancellationToken)).Select(c => c.Id).ToList();
        var texts = await db.FsiFindings.Where(f => candidates.Contains(f.Id)).Select(f => new { f.Id, f.Text }).ToListAsync(cancellationToken);
        return texts.Where(t => query.Occurrences(TextFolding.Words(t.Text)).All(o => o.Count > 0)).Select(t => t.Id).Order().ToList();
    }
}
