namespace Rag.Portal.Rules;

/// <summary>How a rule's source reads on a page: "003_647eae05d11896ce.txt:1076" as "document 003, line 1076".</summary>
public static class RuleSource
{
    public static string Describe(string source)
    {
        var (file, lines) = source.Split(':', 2) is [var f, var l] ? (f, l) : (source, "");
        var document = file.Length >= 3 && char.IsDigit(file[0]) ? "document " + file[..3] : file;
        return lines.Length == 0 ? document : $"{document}, line{(lines.Contains('-') ? "s" : "")} {lines}";
    }
}
