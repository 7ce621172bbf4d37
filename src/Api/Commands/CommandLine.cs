using Rag.Persistence;
using Rag.Persistence.Accounts;

namespace Rag.Api.Commands;

/// <summary>Chooses between the web host and an administrative command from the first argument. A command gets the
/// same configuration as the host (appsettings.json, environment, <c>--Key=value</c> arguments) and the
/// persistence services.</summary>
public static class CommandLine
{
    static readonly IRagCommand[] Commands = [new BackupCommand(), new CreateAdminCommand()];

    /// <summary>The exit code of the command <paramref name="args"/> names, or null when they are the web host's.</summary>
    public static async Task<int?> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        // The host's own arguments are all --switches (WebApplicationFactory passes some too).
        if (args.Length == 0 || args[0].StartsWith('-')) return null;

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await output.WriteLineAsync($"Unknown command '{args[0]}'. Commands:");
            foreach (var known in Commands) await output.WriteLineAsync("  " + known.Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args[1..].Where(a => a.StartsWith("--")).ToArray());
        builder.Services.AddRagPersistence(builder.Configuration).AddRagAccountStore();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await command.RunAsync(args[1..].Where(a => !a.StartsWith("--")).ToArray(), scope.ServiceProvider, output, cancellationToken);
    }
}
