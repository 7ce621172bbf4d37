using System.Reflection;
using System.Text;

namespace Rag.Persistence.Seed;

/// <summary>The curated data files, embedded in this assembly under "Seed/". A test can stand in an earlier
/// version of them, to import old data and then apply the corrections as an existing database would.</summary>
public class SeedFiles
{
    static readonly Assembly Resources = typeof(SeedFiles).Assembly;

    public virtual IEnumerable<string> Names => Resources.GetManifestResourceNames();

    public virtual string Read(string name)
    {
        using var stream = Resources.GetManifestResourceStream(name)
                           ?? throw new FileNotFoundException($"No curated data file {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
