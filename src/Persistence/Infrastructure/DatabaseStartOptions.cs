namespace Rag.Persistence.Infrastructure;

/// <summary>What Rag does to its database on start (<c>Rag:Database</c>).</summary>
/// <param name="MigrateOnStart">Apply pending migrations on start. On by default on both providers; a deployment
/// whose PostgreSQL schema is changed by its own step (a DBA, or several instances starting at once) turns it off,
/// and Rag then refuses to start on a database that still lacks migrations.</param>
public sealed record DatabaseStartOptions(bool MigrateOnStart = true);
