namespace Rag.Persistence.Seed;

/// <summary>Marks a curated data file as imported, so later starts add nothing and never overwrite an edit
/// (or bring back a record a user deleted).</summary>
public class SeedImport
{
    public int Id { get; set; }
    public required string Dataset { get; set; }
    public required string ContentHash { get; set; }
    public DateTime ImportedAt { get; set; }
}
