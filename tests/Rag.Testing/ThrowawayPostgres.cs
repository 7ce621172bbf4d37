using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rag.Testing;

/// <summary>The PostgreSQL server the tests use: the one named by RAG_TEST_POSTGRES, or else a throwaway cluster
/// of Debian's PostgreSQL 15 started for this test run on a free loopback port and removed when it ends.</summary>
static class ThrowawayPostgres
{
    const string Bin = "/usr/lib/postgresql/15/bin";
    static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static Task<string> ConnectionStringAsync() =>
        Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 } configured
            ? Task.FromResult(configured)
            : Server.Value;

    static async Task<string> StartAsync()
    {
        if (!File.Exists($"{Bin}/initdb"))
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed: `apt-get install postgresql-15` (.ci/run does), or set {TestDatabase.PostgresVariable}.");

        var data = Directory.CreateTempSubdirectory("rag-pg-").FullName;
        var asRoot = Environment.UserName == "root"; // initdb refuses root: run the cluster as the postgres user
        if (asRoot) await RunAsync("chown", $"postgres {data}");
        var port = FreePort();
        await RunAsync($"{Bin}/initdb", $"-D {data} -U postgres --auth=trust", asRoot);
        await RunAsync($"{Bin}/pg_ctl", $"-D {data} -l {data}/log -w start -o \"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off\"", asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAsync($"{Bin}/pg_ctl", $"-D {data} -m immediate stop", asRoot).Wait();
            RunAsync("rm", $"-rf {data}").Wait();
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task RunAsync(string program, string arguments, bool asPostgres = false)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {arguments} failed: {output}");
    }
}
