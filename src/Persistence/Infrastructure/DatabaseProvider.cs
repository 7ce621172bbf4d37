namespace Rag.Persistence.Infrastructure;

/// <summary>Which database Rag runs on: <c>Rag:Database:Provider</c> in configuration.</summary>
public enum DatabaseProvider { Sqlite, Postgres }
