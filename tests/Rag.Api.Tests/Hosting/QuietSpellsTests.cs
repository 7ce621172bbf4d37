using Rag.Api.Hosting;

namespace Rag.Api.Tests.Hosting;

/// <summary>The idle trim's decision: one collection per quiet spell after work, none while busy or still quiet.</summary>
public sealed class QuietSpellsTests
{
    const long Quiet = 100;

    [Fact]
    public void ShouldNotTrimAServerThatHasDoneNothingSinceItStarted()
    {
        var spells = new QuietSpells(1_000, Quiet);

        Assert.False(spells.ShouldTrim(1_010));
        Assert.False(spells.ShouldTrim(1_020));
    }

    [Fact]
    public void ShouldTrimOnceWhenWorkGivesWayToQuiet()
    {
        var spells = new QuietSpells(0, Quiet);

        Assert.False(spells.ShouldTrim(5_000)); // busy
        Assert.False(spells.ShouldTrim(9_000)); // still busy
        Assert.True(spells.ShouldTrim(9_050));  // quiet: trim
        Assert.False(spells.ShouldTrim(9_060)); // quiet still: once is enough
        Assert.False(spells.ShouldTrim(9_300)); // busy again
        Assert.True(spells.ShouldTrim(9_310));  // and quiet again: trim again
    }
}
