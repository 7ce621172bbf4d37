using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Schools;
using Rag.Domain.Visits;
using Rag.Persistence.Rules;

namespace Rag.Persistence.Visits;

/// <summary>Whether a year of SIP reports on a school gives every required commentary (003 line 440).</summary>
public sealed class SchoolReportCoverageCheck : IRecordCheck
{
    public Type Entity => typeof(School);

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> CheckAsync(RagDbContext db, IReadOnlyCollection<int> ids,
        DateOnly today, CancellationToken cancellationToken)
    {
        var required = await db.RequiredCommentaries.AsNoTracking().ToListAsync(cancellationToken);
        var since = today.AddYears(-1);
        var schools = await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Include(s => s.SipDeployments)
            .Include(s => s.Visits.Where(v => v.VisitedOn > since)).ThenInclude(v => v.ReportSections)
            .ToListAsync(cancellationToken);
        return schools.ToDictionary(s => s.Id, s => ReportCoverageRules.Check(s, required, today));
    }
}
