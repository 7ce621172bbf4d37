using Microsoft.Data.Sqlite;
using Rag.Api.Commands;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class BackupCommandTests(SeededSqlite seeded) : IClassFixture<SeededSqlite>
{
    [Fact]
    public async Task ShouldCopyTheLiveDatabaseToANewFile()
    {
        var destination = Path.Combine(Path.GetTempPath(), $"rag-backup-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, printed) = await RunAsync("backup", destination, "--ConnectionStrings:Rag=" + seeded.Database.ConnectionString);

            Assert.Equal(0, exitCode);
            Assert.Contains($"to {destination}", printed);
            Assert.Contains("integrity check says: ok", printed);
            await using var copy = new SqliteConnection($"Data Source={destination};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM FsiLetters";
            Assert.Equal(17L, await count.ExecuteScalarAsync());
        }
        finally
        {
            File.Delete(destination);
        }
    }

    [Fact]
    public async Task ShouldNotOverwriteAnExistingFile()
    {
        var destination = Path.GetTempFileName();
        try
        {
            var (exitCode, printed) = await RunAsync("backup", destination, "--ConnectionStrings:Rag=" + seeded.Database.ConnectionString);

            Assert.Equal(1, exitCode);
            Assert.Contains("already exists", printed);
            Assert.Equal(0, new FileInfo(destination).Length);
        }
        finally
        {
            File.Delete(destination);
        }
    }

    [Fact]
    public async Task ShouldPointAPostgresDeploymentToPgDump()
    {
        var (exitCode, printed) = await RunAsync("backup", "rag.db", $"--Rag:Database:Provider={DatabaseProvider.Postgres}",
            "--ConnectionStrings:Rag=Host=127.0.0.1;Database=rag");

        Assert.Equal(2, exitCode);
        Assert.Contains("pg_dump", printed);
    }

    [Fact]
    public async Task ShouldLeaveTheWebHostsArgumentsToTheWebHost()
    {
        Assert.Null(await CommandLine.RunAsync(["--urls=http://127.0.0.1:0"], TextWriter.Null));
        Assert.Null(await CommandLine.RunAsync([], TextWriter.Null));
        var (exitCode, printed) = await RunAsync("bakcup", "x.db");
        Assert.Equal(2, exitCode);
        Assert.Contains("backup <path>", printed);
    }

    static async Task<(int? ExitCode, string Printed)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, output);
        return (exitCode, output.ToString());
    }
}
