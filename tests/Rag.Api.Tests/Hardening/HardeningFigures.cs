using System.Text.RegularExpressions;
using Rag.Testing;

namespace Rag.Api.Tests.Hardening;

/// <summary>Writes a run's figures into one section of docs/hardening-figures.md, so they can be quoted; each test
/// owns its section and leaves the others as they were.</summary>
static class HardeningFigures
{
    static readonly object FileLock = new();

    public static void Write(string section, string markdown)
    {
        var path = Path.Combine(RagApiFactory.RepositoryRoot(), "docs", "hardening-figures.md");
        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = File.Exists(path) ? File.ReadAllText(path)
                : "# Hardening figures\n\nWritten by the tests in `tests/Rag.Api.Tests/Hardening` on each run (issue 8).\n";
            var block = $"<!-- {section} -->\n{markdown.TrimEnd()}\n<!-- /{section} -->";
            var pattern = new Regex($"<!-- {Regex.Escape(section)} -->.*?<!-- /{Regex.Escape(section)} -->", RegexOptions.Singleline);
            text = pattern.IsMatch(text) ? pattern.Replace(text, _ => block) : text.TrimEnd() + "\n\n" + block + "\n";
            File.WriteAllText(path, text);
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
