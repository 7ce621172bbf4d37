using Rag.Persistence.Accounts;
using Rag.Persistence.Infrastructure;

namespace Rag.Api.Commands;

/// <summary><c>create-admin &lt;email&gt;</c>: makes an Admin account, so a new deployment has someone to sign in
/// and create the others. The password comes from standard input when it is piped; otherwise one is generated
/// and printed once. No password is ever kept in code or configuration.</summary>
public sealed class CreateAdminCommand : IRagCommand
{
    public string Name => "create-admin";
    public string Usage => "create-admin <email>    make an Admin account (password from standard input, or generated and printed once)";

    public async Task<int> RunAsync(IReadOnlyList<string> operands, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var email = operands.FirstOrDefault() ?? services.GetRequiredService<IConfiguration>()["email"];
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }
        // The database may be new: bring it up to date first, as the host does on start.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);

        var piped = Console.IsInputRedirected ? (await Console.In.ReadLineAsync(cancellationToken))?.Trim() : null;
        var password = string.IsNullOrEmpty(piped) ? AccountAdministration.GeneratePassword() : piped;
        var created = await services.GetRequiredService<AccountAdministration>().CreateAsync(email, password, Roles.Admin, []);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) await output.WriteLineAsync(error.Description);
            return 1;
        }
        await output.WriteLineAsync(string.IsNullOrEmpty(piped)
            ? $"Created the Admin {email}. Password (shown once; change it after signing in): {password}"
            : $"Created the Admin {email} with the password given.");
        return 0;
    }
}
