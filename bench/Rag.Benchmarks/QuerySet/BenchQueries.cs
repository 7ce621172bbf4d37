using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Transitions;
using Rag.Domain.Schools;

namespace Rag.Benchmarks.QuerySet;

/// <summary>The fixed query set of issue 11, each with its baseline: a plain EF Core query selecting the same
/// columns, or for an analysis the query service its field calls.</summary>
static class BenchQueries
{
    public static IReadOnlyList<BenchQuery> All { get; } =
    [
        new("filtered, sorted page of schools",
            """{ schools(first: 50, where: { phase: { eq: PRIMARY } }, order: [{ name: ASC }]) { totalCount nodes { id name urn phase localAuthority { name } } } }""",
            async db =>
            {
                var query = db.Schools.AsNoTracking().Where(s => s.Phase == SchoolPhase.Primary);
                var total = await query.CountAsync();
                var rows = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Take(51)
                    .Select(s => new { s.Id, s.Name, s.Urn, s.Phase, Authority = s.LocalAuthority!.Name }).ToListAsync();
                return new { total, rows };
            }),
        new("LA with its schools and their inspections",
            """{ localAuthorities(first: 10, order: [{ name: ASC }]) { nodes { name schools { name urn inspections { inspectedOn gradeCode { code } } } } } }""",
            async db => await db.LocalAuthorities.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).Take(11)
                .Select(a => new
                {
                    a.Name,
                    Schools = a.Schools.OrderBy(s => s.Id).Select(s => new
                    {
                        s.Name, s.Urn,
                        Inspections = s.Inspections.OrderBy(i => i.Id).Select(i => new { i.InspectedOn, i.GradeCode!.Code }).ToList(),
                    }).ToList(),
                }).AsSplitQuery().ToListAsync()),
        new("findings by heading across LAs",
            """{ fsiFindings(first: 200, where: { heading: { group: { name: { eq: "Collaboration" } } } }, order: [{ id: ASC }]) { nodes { text rag heading { name } letter { printedName localAuthority { name } } } } }""",
            async db => await db.FsiFindings.AsNoTracking().Where(f => f.Heading!.Group!.Name == "Collaboration").OrderBy(f => f.Id).Take(201)
                .Select(f => new { f.Text, f.Rag, Heading = f.Heading!.Name, f.Letter!.PrintedName, Authority = f.Letter.LocalAuthority!.Name })
                .ToListAsync()),
        new("letters with their findings (whole lists)",
            """{ fsiLetters(first: 50, order: [{ id: ASC }]) { nodes { printedName letterDate findings { id order text rag } } } }""",
            async db => await db.FsiLetters.AsNoTracking().OrderBy(l => l.Id).Take(51)
                .Select(l => new { l.PrintedName, l.LetterDate, Findings = l.Findings.OrderBy(f => f.Id).Select(f => new { f.Id, f.Order, f.Text, f.Rag }).ToList() })
                .AsSplitQuery().ToListAsync()),
        new("letters with a page of findings and its count (nested paging)",
            """{ fsiLetters(first: 50, order: [{ id: ASC }]) { nodes { printedName findingsConnection(first: 5, order: [{ order: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id text } } } } }""",
            async db => await db.FsiLetters.AsNoTracking().OrderBy(l => l.Id).Take(51)
                .Select(l => new { l.PrintedName, Total = l.Findings.Count, Findings = l.Findings.OrderBy(f => f.Order).ThenBy(f => f.Id).Take(6).Select(f => new { f.Id, f.Text }).ToList() })
                .AsSplitQuery().ToListAsync()),
        new("500 findings, three levels (issue 11's query)",
            """{ fsiFindings(first: 500, order: [{ id: ASC }]) { nodes { text rag heading { name group { name } } letter { printedName letterDate localAuthority { name region { name } } } } } }""",
            async db => await db.FsiFindings.AsNoTracking().OrderBy(f => f.Id).Take(501)
                .Select(f => new { f.Text, f.Rag, Heading = f.Heading!.Name, Group = f.Heading.Group!.Name, f.Letter!.PrintedName, f.Letter.LetterDate,
                    Authority = f.Letter.LocalAuthority!.Name, Region = f.Letter.LocalAuthority.Region!.Name })
                .ToListAsync()),
        // The analyses: the baseline is the query service the field calls, serialised whole.
        new("comparison matrix (compareLocalAuthorities)",
            """
            { compareLocalAuthorities { tally { red amber green unrated total }
              columns { letterId localAuthorityId localAuthority region letterDate tally { red amber green unrated total } }
              groups { groupId group rows { headingId heading tally { red amber green unrated total }
                cells { localAuthorityId tally { red amber green unrated total }
                  findings { id letterId text rag ragIsInferred uncertain curatorNote heading localAuthority letterDate sourceDocument sourceLines } } } } } }
            """,
            async services => await services.GetRequiredService<ComparisonMatrix>().BuildAsync(FindingFilter.All)),
        new("grade transitions (gradeTransitions)",
            """
            { gradeTransitions { schools improved stayed declined notComparable goodOrBetter caveat
              ordering { code meaning best worst reason } before { grade count } after { grade count } flows { from to count movement }
              letters { letterId localAuthorityId localAuthority region letterDate schools improved stayed declined notComparable
                goodOrBetter goodOrBetterShare shareLow shareHigh smallSample rank flows { from to count movement } } } }
            """,
            async services => await services.GetRequiredService<GradeTransitions>().BuildAsync(new LetterFilter())),
    ];
}
