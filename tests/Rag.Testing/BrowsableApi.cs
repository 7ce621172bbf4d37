using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Infrastructure;

namespace Rag.Testing;

/// <summary>The host on a real loopback port, for a real browser to visit.</summary>
public sealed class BrowsableApi : RagApiFactory
{
    public BrowsableApi() : base(DatabaseProvider.Sqlite) => UseKestrel(0);

    public Uri Address { get; private set; } = null!;

    protected override void StartHost()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }
}
