using Microsoft.EntityFrameworkCore;
using Rag.Domain.Authorities;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Standards;
using Rag.Testing;
using Record = Rag.Domain.Common.Record;

namespace Rag.Persistence.Tests.Seed;

/// <summary>Each curated text stands in its source document at the lines it cites. Some cells were printed
/// interleaved with a neighbour, so the test asks for the text's words in order within those lines.</summary>
public class ProvenanceTests(SeededSqlite fixture) : IClassFixture<SeededSqlite>
{
    [Fact]
    public async Task ShouldQuoteEveryFindingFromItsSourceLines()
    {
        var findings = await fixture.Database.WithContextAsync(db => db.FsiFindings.AsNoTracking().ToListAsync());
        AssertAllQuoted(findings, f => f.Text);
    }

    [Fact]
    public async Task ShouldQuoteEveryDescriptorAndCriterionFromItsSourceLines()
    {
        var descriptors = await fixture.Database.WithContextAsync(db => db.QualityDescriptors.AsNoTracking().ToListAsync());
        var criteria = await fixture.Database.WithContextAsync(db => db.CategoryCriteria.AsNoTracking().ToListAsync());

        AssertAllQuoted(descriptors, d => d.Text);
        AssertAllQuoted(criteria, c => c.Text);
    }

    [Fact]
    public async Task ShouldQuoteEveryVisitPassageAndExpectationFromItsSourceLines()
    {
        var entitlements = await fixture.Database.WithContextAsync(db => db.VisitEntitlements.AsNoTracking().ToListAsync());
        var expectations = await fixture.Database.WithContextAsync(db => db.CategoryExpectations.AsNoTracking().ToListAsync());

        AssertAllQuoted(entitlements, e => e.Text);
        AssertAllQuoted(expectations, e => e.Text);
    }

    [Fact]
    public async Task ShouldFindEveryLaNameAtItsCitedLine()
    {
        var names = await fixture.Database.WithContextAsync(db => db.LocalAuthorityNames.AsNoTracking().ToListAsync());
        AssertAllQuoted(names, n => n.Name);
    }

    [Fact]
    public async Task ShouldQuoteTheSipProgrammeListsFromTheirSourceLines()
    {
        AssertAllQuoted(await fixture.Database.WithContextAsync(db => db.ReadinessAreas.AsNoTracking().ToListAsync()), a => a.Name);
        AssertAllQuoted(await fixture.Database.WithContextAsync(db => db.ReadinessStatements.AsNoTracking().ToListAsync()), s => s.Text);
        AssertAllQuoted(await fixture.Database.WithContextAsync(db => db.RequiredCommentaries.AsNoTracking().ToListAsync()), c => c.Text);
        var criteria = await fixture.Database.WithContextAsync(db => db.RemovalCriteria.AsNoTracking().ToListAsync());
        AssertAllQuoted(criteria, c => c.Text);
        AssertAllQuoted(criteria, c => c.Name);
    }

    static void AssertAllQuoted<T>(IEnumerable<T> records, Func<T, string> text) where T : Record
    {
        var misquoted = records
            .Where(r => !WordsInOrder(text(r), SourceDocument.Lines(r.SourceDocument!, r.SourceLines!)))
            .Select(r => $"{r.SourceDocument}:{r.SourceLines} {text(r)}")
            .ToList();
        Assert.Empty(misquoted);
    }

    static bool WordsInOrder(string text, string source)
    {
        var haystack = Words(source);
        var at = 0;
        foreach (var word in Words(text))
        {
            at = haystack.IndexOf(word, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    // Words are compared without punctuation: the PDF's line breaks fall inside "EYCs/SIPs/ NCAs" and "school-to school".
    static List<string> Words(string text) =>
        new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
}
