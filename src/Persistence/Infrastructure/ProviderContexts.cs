using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Infrastructure;

// One context type per provider only so that each provider's migrations (Migrations/Sqlite, Migrations/Postgres)
// belong to their own context; the application always asks for RagDbContext.
public sealed class SqliteRagDbContext(DbContextOptions<SqliteRagDbContext> options) : RagDbContext(options);

public sealed class PostgresRagDbContext(DbContextOptions<PostgresRagDbContext> options) : RagDbContext(options);
