using Rag.Api;
using Rag.Persistence;
using Rag.Portal;

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
app.Run();

public partial class Program;
