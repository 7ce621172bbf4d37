using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Wording;

namespace Rag.Portal.Pages.Analysis;

/// <summary>"The same in GraphQL": the query that returns what a page shows, with the page's filter written in.
/// The tests run these very documents and compare them with the query services.</summary>
public static class AnalysisQueries
{
    const string Tally = "{ red amber green unrated total }";
    const string Finding = "{ id letterId localAuthority heading text rag ragIsInferred uncertain sourceLines }";

    public static string Matrix(FindingFilter filter) =>
        $"query Matrix {{\n  compareLocalAuthorities{Args(("filter", filter))} {{\n    tally {Tally}\n    columns {{ localAuthorityId localAuthority region letterId letterDate tally {Tally} }}\n" +
        $"    groups {{ group rows {{ heading tally {Tally} cells {{ localAuthorityId tally {Tally} findings {Finding} }} }} }}\n  }}\n}}";

    public static string Counts(FindingFilter filter, IReadOnlyCollection<CountDimension> groupBy) =>
        $"query Counts {{\n  findingCounts{Args(("filter", filter), ("groupBy", groupBy))} {{ localAuthority headingGroup heading rag count }}\n}}";

    public static string Transitions(LetterFilter filter) =>
        $"query Transitions {{\n  gradeTransitions{Args(("filter", filter))} {{\n    schools improved stayed declined notComparable goodOrBetter caveat\n" +
        "    ordering { code meaning best worst reason }\n    flows { from to count movement }\n    before { grade count }\n    after { grade count }\n" +
        "    letters { rank localAuthority letterDate schools improved stayed declined notComparable goodOrBetter goodOrBetterShare shareLow shareHigh smallSample }\n  }\n}";

    public static string LaProfile(int localAuthorityId) =>
        $"query LaProfile {{\n  laProfile(localAuthorityId: {localAuthorityId}) {{\n    localAuthority region rolloutWave letterDate letterReason\n" +
        $"    measures {{ name value rank rankedLas regionValue nationalValue higherIsBetter }}\n    headings {{ group heading tally {Tally} findings {Finding} }}\n" +
        "    transitions { schools improved stayed declined goodOrBetter rank }\n    sipVisits { schools schoolsWithSip entitledHalfDays heldHalfDays visits categories { category schools } }\n" +
        "    selfEvaluations { code standard level judgedOn }\n  }\n}";

    public static string HeadingProfile(int headingId, FindingFilter filter) =>
        $"query HeadingProfile {{\n  headingProfile{Args(("headingId", headingId), ("filter", filter))} {{\n    heading group tally {Tally}\n" +
        $"    localAuthorities {{ localAuthority tally {Tally} findings {Finding} }}\n    recurringTerms {{ term words findings localAuthorities }}\n  }}\n}}";

    public static string RecurringWording(WordingFilter filter) =>
        $"query RecurringWording {{\n  similarFindings{Args(("filter", filter))} {{\n    similarity sharedSequences\n    first {Finding}\n    second {Finding}\n" +
        "    firstFragments { text marked }\n    secondFragments { text marked }\n  }\n}";

    public static string SimilarLas(SimilarityFilter filter) =>
        $"query SimilarLas {{\n  similarLocalAuthorities{Args(("filter", filter))} {{\n    localAuthority\n    nearest {{ localAuthority similarity sharedHeadings {{ heading score otherScore }} }}\n  }}\n}}";

    public static string SipVisits(SipVisitFilter filter) =>
        $"query SipVisits {{\n  sipVisits{Args(("filter", filter))} {{\n    localAuthority yearFrom yearTo schools schoolsWithSip entitledHalfDays heldHalfDays visits\n" +
        "    deploymentsOverThreeYears sipsLapsing categories { number category schools entitledHalfDays heldHalfDays }\n  }\n}";

    public static string Search(SearchFilter filter) =>
        $"query Search {{\n  search{Args(("filter", filter))} {{\n    total\n    hits {{ kind recordId letterId localAuthority heading score text fragments {{ text marked }} }}\n  }}\n}}";

    /// <summary>The GraphiQL editor at /graphql with the query filled in.</summary>
    public static string EditorUrl(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    static string Args(params (string Name, object? Value)[] arguments)
    {
        var written = arguments.Select(a => (a.Name, Value: Literal(a.Value))).Where(a => a.Value is not null).ToList();
        return written.Count == 0 ? "" : "(" + string.Join(", ", written.Select(a => $"{a.Name}: {a.Value}")) + ")";
    }

    /// <summary>A value as a GraphQL literal; null for a value that is absent (so the argument is left out).</summary>
    static string? Literal(object? value) => value switch
    {
        null => null,
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        DateOnly d => $"\"{d:yyyy-MM-dd}\"",
        Enum e => EnumName(e),
        int or double or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        IEnumerable list => list.Cast<object?>().ToList() is { Count: > 0 } items ? "[" + string.Join(", ", items.Select(Literal)) + "]" : null,
        _ => ObjectLiteral(value),
    };

    static string? ObjectLiteral(object value)
    {
        var fields = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .Select(p => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name), Value: Literal(p.GetValue(value))))
            .Where(f => f.Value is not null).ToList();
        return fields.Count == 0 ? null : "{ " + string.Join(", ", fields.Select(f => $"{f.Name}: {f.Value}")) + " }";
    }

    /// <summary>GraphQL's enum value names: LocalAuthority → LOCAL_AUTHORITY.</summary>
    static string EnumName(Enum value)
    {
        var name = value.ToString();
        var upper = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) upper.Append('_');
            upper.Append(char.ToUpperInvariant(name[i]));
        }
        return upper.ToString();
    }
}
