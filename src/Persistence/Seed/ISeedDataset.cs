namespace Rag.Persistence.Seed;

/// <summary>One curated data file (or folder of files) and how its records enter the database.</summary>
public interface ISeedDataset
{
    /// <summary>The embedded resource name prefix, e.g. "Seed/regions.json" or "Seed/FsiLetters/".</summary>
    string Resource { get; }

    /// <summary>Datasets this one refers to (an FSI letter needs its LA and the grade key).</summary>
    IReadOnlyList<string> DependsOn => [];

    /// <summary>Adds the file's records to the context; the runner saves them with the import marker.</summary>
    Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken);

    /// <summary>Adds only the records of a later revision of the file (those marked <c>"revision": n</c>) to a database
    /// that imported an earlier one; records whose parent a user deleted are skipped.</summary>
    Task AddRevisionAsync(RagDbContext db, string json, int revision, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Resource} cannot import revision {revision} into an existing database.");

    /// <summary>Whether a file imported earlier and since re-curated brings its corrections to an existing
    /// database (<see cref="CorrectAsync"/>); otherwise a file is imported once and never revisited.</summary>
    bool Corrects => false;

    /// <summary>Brings the records an earlier version of the file imported up to date with this version, leaving
    /// every record an editor has changed as it is.</summary>
    /// <returns>One line for each record left as an editor changed it, for the start-up log.</returns>
    Task<IReadOnlyList<string>> CorrectAsync(RagDbContext db, string json, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Resource} has no corrections.");
}
