using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

/// <summary>Rag as a process of its own (the built Rag.Api.dll) on a loopback port, so that a test can kill it.</summary>
public sealed class RagProcess : IAsyncDisposable
{
    public const string EditorKey = "crash-editor-key";

    readonly Process process;

    RagProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public HttpClient CreateEditorClient() => new() { BaseAddress = Address, DefaultRequestHeaders = { { "X-Api-Key", EditorKey } } };

    /// <summary>Starts Rag on <paramref name="sqliteFile"/> and waits until /health/ready says it can serve.</summary>
    public static async Task<RagProcess> StartAsync(string sqliteFile)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "Rag.Api.dll")}\"")
        {
            WorkingDirectory = Path.Combine(RagApiFactory.RepositoryRoot(), "src", "Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["ConnectionStrings__Rag"] = $"Data Source={sqliteFile}",
                ["Rag__Database__Provider"] = "Sqlite",
                ["Rag__Api__Keys__crash"] = EditorKey,
                ["Rag__Api__RateLimit__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var rag = new RagProcess(process, address);

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(180); // seeding a new database on a busy 2-core machine can take over a minute
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return rag;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await rag.DisposeAsync();
        throw new InvalidOperationException($"Rag did not become ready at {address}.");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no chance to finish a write.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) await KillAsync();
        process.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
