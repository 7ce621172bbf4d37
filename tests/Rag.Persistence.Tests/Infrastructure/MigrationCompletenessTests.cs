using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Tests.Infrastructure;

/// <summary>Each provider's migrations must build the model the code declares; a change to an entity or a
/// configuration without `dotnet ef migrations add` for both providers (README, "Migrations") fails here.</summary>
public class MigrationCompletenessTests
{
    [Fact]
    public void ShouldHaveASqliteMigrationForEveryModelChange()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite migrations lag the model: add a migration.");
    }

    [Fact]
    public void ShouldHaveAPostgresMigrationForEveryModelChange()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL migrations lag the model: add a migration.");
    }
}
