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
        var la = await db.LocalAuthorities.SingleOrDefaultAsync(l => l.Name == file.LocalAuthority, cancellationToken)
                 ?? throw new InvalidDataException($"No LA in the register is named \"{file.LocalAuthority}\".");

        la.SchoolCategories.AddRange(file.Categories.Select(c => new SchoolCategory
        {
            Number = c.Number,
            Name = c.Name,
            Criteria = c.Criteria.Select((x, i) => new CategoryCriterion { Order = i + 1, Text = x.Text }.From(doc, x.SourceLines, x.CuratorNote)).ToList(),
            Expectations = c.Expectations.Select((x, i) => new CategoryExpectation { Order = i + 1, Text = x.Text }.From(doc, x.SourceLines, x.CuratorNote)).ToList(),
            Entitlements = c.Entitlements.Select(e => new VisitEntitlement
            {
                Text = e.Text, HalfDaysPerYear = e.HalfDaysPerYear, Bound = e.Bound,
            }.From(doc, e.SourceLines, e.CuratorNote)).ToList(),
        }.From(doc, c.SourceLines, c.CuratorNote)));

        la.ReviewGroups.AddRange(file.ReviewGroups.Select(g =>
            new ReviewGroup { Name = g.Name, Description = g.Description }.From(doc, g.SourceLines, g.CuratorNote)));

        var notice = file.WarningNotice;
        la.WarningNoticeProcedure = new WarningNoticeProcedure
        {
            WorkingDaysToComply = notice.WorkingDaysToComply, WorkingDaysToAppeal = notice.WorkingDaysToAppeal, Text = notice.Text,
        }.From(doc, notice.SourceLines, notice.CuratorNote);
    }

    sealed record CategoriesFile(string SourceDocument, string LocalAuthority, List<CategoryRow> Categories, NoticeRow WarningNotice, List<GroupRow> ReviewGroups);
    sealed record CategoryRow(
        int Number, string Name, string SourceLines, string? CuratorNote,
        List<TextRow> Criteria, List<EntitlementRow> Entitlements, List<TextRow> Expectations);
    sealed record TextRow(string Text, string SourceLines, string? CuratorNote);
    sealed record EntitlementRow(string Text, double? HalfDaysPerYear, EntitlementBound Bound, string SourceLines, string? CuratorNote);
    sealed record NoticeRow(int WorkingDaysToComply, int WorkingDaysToAppeal, string Text, string SourceLines, string? CuratorNote);
    sealed record GroupRow(string Name, string? Description, string SourceLines, string? CuratorNote);
}
