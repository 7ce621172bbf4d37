namespace Rag.Api.Hosting;

/// <summary>Tells, from the bytes the process has allocated at each check, when a quiet spell follows work: once per
/// spell, so a server idle for hours is trimmed once, not every two seconds.</summary>
public sealed class QuietSpells(long allocated, long quietBytes)
{
    bool trimmed = true; // nothing to give back at start

    public bool ShouldTrim(long allocatedNow)
    {
        var busy = allocatedNow - allocated > quietBytes;
        allocated = allocatedNow;
        if (busy) trimmed = false;
        else if (!trimmed) return trimmed = true;
        return false;
    }
}
