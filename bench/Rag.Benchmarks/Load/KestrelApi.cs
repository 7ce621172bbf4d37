using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Benchmarks.Load;

/// <summary>The real host on Kestrel at a free loopback port (not the in-memory TestServer), over a database of its
/// own: requests go through sockets, HTTP parsing and the server's thread pool as a client's would.</summary>
sealed class KestrelApi(DatabaseProvider provider) : RagApiFactory(provider, pooled: true)
{
    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }
}
