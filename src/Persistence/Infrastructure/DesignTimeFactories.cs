using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rag.Persistence.Infrastructure;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRagDbContext>
{
    public SqliteRagDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRagDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRagDbContext>
{
    public PostgresRagDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRagDbContext>().UseNpgsql("Host=localhost;Database=rag_design").Options);
}
