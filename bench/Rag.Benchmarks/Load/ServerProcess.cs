using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Rag.Testing;

namespace Rag.Benchmarks.Load;

/// <summary>The Rag host as a process of its own (the bench's Release build of src/Api), on a free loopback port,
/// over a database the bench prepared: its memory after a load run is the server's alone, not shared with the
/// clients or the generator.</summary>
sealed class ServerProcess : IAsyncDisposable
{
    readonly Process process;

    ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(TestDatabase database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Rag.Api.dll"))
        {
            WorkingDirectory = Path.Combine(RagApiFactory.RepositoryRoot(), "src", "Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in database.Settings) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Rag__Api__RateLimit__Enabled"] = "false"; // the load is one caller sending far more than a person
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"server: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = server.Address };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(250))
        {
            if (process.HasExited) throw new InvalidOperationException($"The server stopped on start (exit code {process.ExitCode}).");
            try { if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return server; }
            catch (HttpRequestException) { } // not listening yet
        }
        await server.DisposeAsync();
        throw new TimeoutException("The server did not become ready within two minutes.");
    }

    /// <summary>The server's resident memory now, at its peak, and the part of it that is not mapped files (heap and
    /// stacks), from /proc, as <c>ps</c> and <c>top</c> report it.</summary>
    public (double ResidentMb, double PeakMb, double AnonymousMb) Memory()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        double Kb(string field) => double.Parse(status.First(l => l.StartsWith(field + ":")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return (Kb("VmRSS") / 1024, Kb("VmHWM") / 1024, Kb("RssAnon") / 1024);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
