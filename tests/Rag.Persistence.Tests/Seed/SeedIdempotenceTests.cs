using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Persistence.Tests.Seed;

/// <summary>A second start imports nothing: it neither duplicates, overwrites an edit, nor restores a deletion.</summary>
public abstract class SeedIdempotenceTests(DatabaseProvider provider) : IAsyncLifetime
{
    TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await database.InitializeAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    Task<int[]> Counts() => database.WithContextAsync(async db => new[]
    {
        await db.Regions.CountAsync(), await db.LocalAuthorities.CountAsync(), await db.LocalAuthorityNames.CountAsync(),
        await db.FsiLetters.CountAsync(), await db.FsiFindings.CountAsync(), await db.FsiGradeTransitions.CountAsync(),
        await db.QualityDescriptors.CountAsync(), await db.VisitEntitlements.CountAsync(), await db.GradeCodes.CountAsync(),
        await db.ImprovementPrompts.CountAsync(), await db.SeedImports.CountAsync(),
    });

    [Fact]
    public async Task ShouldAddNothingOnASecondStart()
    {
        var before = await Counts();

        await database.InitializeAsync();

        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task ShouldNotOverwriteAnEditedRecord()
    {
        var id = await database.WithContextAsync(async db =>
        {
            var finding = await db.FsiFindings.OrderBy(f => f.Id).FirstAsync();
            finding.Text = "Edited by a portal user";
            finding.RagIsInferred = false;
            await db.SaveChangesAsync();
            return finding.Id;
        });

        await database.InitializeAsync();

        var after = await database.WithContextAsync(db => db.FsiFindings.SingleAsync(f => f.Id == id));
        Assert.Equal("Edited by a portal user", after.Text);
        Assert.False(after.RagIsInferred);
    }

    [Fact]
    public async Task ShouldNotRestoreADeletedRecord()
    {
        var (id, count) = await database.WithContextAsync(async db =>
        {
            var finding = await db.FsiFindings.OrderBy(f => f.Id).LastAsync();
            db.FsiFindings.Remove(finding);
            await db.SaveChangesAsync();
            return (finding.Id, await db.FsiFindings.CountAsync());
        });

        await database.InitializeAsync();

        Assert.Equal(count, await database.WithContextAsync(db => db.FsiFindings.CountAsync()));
        Assert.False(await database.WithContextAsync(db => db.FsiFindings.AnyAsync(f => f.Id == id)));
    }
}

public sealed class SqliteSeedIdempotenceTests() : SeedIdempotenceTests(DatabaseProvider.Sqlite);

public sealed class PostgresSeedIdempotenceTests() : SeedIdempotenceTests(DatabaseProvider.Postgres);
