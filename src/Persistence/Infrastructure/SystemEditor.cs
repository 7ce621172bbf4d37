namespace Rag.Persistence.Infrastructure;

/// <summary>The editor when nobody is signed in: start-up seeding and background work.</summary>
public sealed class SystemEditor : IEditor
{
    public string Name => "system";
    public string Face => "system";
    public bool MayEdit => true;
    public IReadOnlySet<int>? LocalAuthorities => null;
}
