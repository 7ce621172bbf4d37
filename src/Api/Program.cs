using Rag.Api;
using Rag.Api.Commands;
using Rag.Persistence;
using Rag.Portal;

if (await CommandLine.RunAsync(args, Console.Out) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
// The portal's wwwroot (npm assets) is served from the build output in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.Services
    .AddRagPersistence(builder.Configuration)
    .AddRagApi(builder.Configuration)
    .AddRagPortal(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseRagApi();
app.UseRagPortal();
await app.RunAsync();
return 0;

public partial class Program;
