using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

/// <summary>The host over SQLite with every log line it writes, at every level, kept in <see cref="Logs"/>.</summary>
public sealed class LoggedApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }
}
