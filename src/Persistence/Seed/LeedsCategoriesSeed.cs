using Microsoft.EntityFrameworkCore;
using Rag.Domain.Authorities;
using Rag.Domain.Schools;

namespace Rag.Persistence.Seed;

/// <summary>004: Leeds' school categories 1–5 with criteria, visit entitlements and expectations, its review
/// groups and its warning-notice procedure.</summary>
public sealed class LeedsCategoriesSeed : ISeedDataset
{
    public string Resource => "Seed/leeds-categories.json";
    public IReadOnlyList<string> DependsOn => ["Seed/regions.json"];

    public async Task AddAsync(RagDbContext db, string json, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<CategoriesFile>(json);
        var doc = file.SourceDocument;
        var la = await FindLaAsync(db, file, cancellationToken);

        la.SchoolCategories.AddRange(file.Categories.Select(c => Category(c, doc)));
        la.ReviewGroups.AddRange(file.ReviewGroups.Select(g => Group(g, doc)));

        var notice = file.WarningNotice;
        la.WarningNoticeProcedure = new WarningNoticeProcedure
        {
            WorkingDaysToComply = notice.WorkingDaysToComply, WorkingDaysToAppeal = notice.WorkingDaysToAppeal, Text = notice.Text,
        }.From(doc, notice.SourceLines, notice.CuratorNote);
    }

    public async Task AddRevisionAsync(RagDbContext db, string json, int revision, CancellationToken cancellationToken)
    {
        var file = SeedJson.Read<CategoriesFile>(json);
        var doc = file.SourceDocument;
        var la = await FindLaAsync(db, file, cancellationToken);
        var categories = await db.SchoolCategories.Where(c => c.LocalAuthorityId == la.Id).ToDictionaryAsync(c => c.Number, cancellationToken);

        foreach (var row in file.Categories)
        {
            if (row.Revision == revision) { la.SchoolCategories.Add(Category(row, doc)); continue; }
            if (!categories.TryGetValue(row.Number, out var category)) continue; // a user deleted it: its passages go with it
            category.Criteria.AddRange(row.Criteria.Select((x, i) => (x, i)).Where(p => p.x.Revision == revision).Select(p => Criterion(p.x, p.i, doc)));
            category.Entitlements.AddRange(row.Entitlements.Where(e => e.Revision == revision).Select(e => Entitlement(e, doc)));
            category.Expectations.AddRange(row.Expectations.Select((x, i) => (x, i)).Where(p => p.x.Revision == revision).Select(p => Expectation(p.x, p.i, doc)));
        }
        la.ReviewGroups.AddRange(file.ReviewGroups.Where(g => g.Revision == revision).Select(g => Group(g, doc)));
    }

    static async Task<LocalAuthority> FindLaAsync(RagDbContext db, CategoriesFile file, CancellationToken cancellationToken) =>
        await db.LocalAuthorities.SingleOrDefaultAsync(l => l.Name == file.LocalAuthority, cancellationToken)
        ?? throw new InvalidDataException($"No LA in the register is named \"{file.LocalAuthority}\".");

    static SchoolCategory Category(CategoryRow c, string doc) => new SchoolCategory
    {
        Number = c.Number,
        Name = c.Name,
        Criteria = c.Criteria.Select((x, i) => Criterion(x, i, doc)).ToList(),
        Expectations = c.Expectations.Select((x, i) => Expectation(x, i, doc)).ToList(),
        Entitlements = c.Entitlements.Select(e => Entitlement(e, doc)).ToList(),
    }.From(doc, c.SourceLines, c.CuratorNote);

    static CategoryCriterion Criterion(TextRow x, int index, string doc) =>
        new CategoryCriterion { Order = index + 1, Text = x.Text }.From(doc, x.SourceLines, x.CuratorNote);

    static CategoryExpectation Expectation(TextRow x, int index, string doc) =>
        new CategoryExpectation { Order = index + 1, Text = x.Text }.From(doc, x.SourceLines, x.CuratorNote);

    static VisitEntitlement Entitlement(EntitlementRow e, string doc) =>
        new VisitEntitlement { Text = e.Text, HalfDaysPerYear = e.HalfDaysPerYear, Bound = e.Bound }.From(doc, e.SourceLines, e.CuratorNote);

    static ReviewGroup Group(GroupRow g, string doc) =>
        new ReviewGroup { Name = g.Name, Description = g.Description }.From(doc, g.SourceLines, g.CuratorNote);

    sealed record CategoriesFile(string SourceDocument, string LocalAuthority, List<CategoryRow> Categories, NoticeRow WarningNotice, List<GroupRow> ReviewGroups);
    sealed record CategoryRow(
        int Number, string Name, string SourceLines, string? CuratorNote,
        List<TextRow> Criteria, List<EntitlementRow> Entitlements, List<TextRow> Expectations, int? Revision);
    sealed record TextRow(string Text, string SourceLines, string? CuratorNote, int? Revision);
    sealed record EntitlementRow(string Text, double? HalfDaysPerYear, EntitlementBound Bound, string SourceLines, string? CuratorNote, int? Revision);
    sealed record NoticeRow(int WorkingDaysToComply, int WorkingDaysToAppeal, string Text, string SourceLines, string? CuratorNote);
    sealed record GroupRow(string Name, string? Description, string SourceLines, string? CuratorNote, int? Revision);
}
