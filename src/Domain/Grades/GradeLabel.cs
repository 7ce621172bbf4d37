namespace Rag.Domain.Grades;

/// <summary>Matches a grade as printed in a letter ("Ri", "S/RI", "&lt;G") to a code of the key,
/// ignoring case and spacing, so the printed label can be kept while the code is queryable.</summary>
public static class GradeLabel
{
    public static string Normalise(string printed) =>
        new string(printed.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static GradeCode? Match(string? printed, IEnumerable<GradeCode> key) =>
        string.IsNullOrWhiteSpace(printed)
            ? null
            : key.FirstOrDefault(code => Normalise(code.Code) == Normalise(printed));
}
