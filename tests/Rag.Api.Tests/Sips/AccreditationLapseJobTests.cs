using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.Sips;
using Rag.Domain.Sips;
using Rag.Testing;

namespace Rag.Api.Tests.Sips;

/// <summary>The daily job records the lapses 003 Appendix H makes due (no SIP work for three years, line 1240)
/// without anyone asking, through the editing core as "system", and running it again adds nothing.</summary>
public class AccreditationLapseJobTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task ShouldRecordADueLapseAsTheSystemOnce()
    {
        // Accredited in 2008 and never deployed: the three years ran out in 2011.
        var sip = await api.Database.WithContextAsync(async db =>
        {
            var added = new Sip { Name = "Undeployed Partner", Sectors = AccreditationSectors.Primary, AccreditedOn = new DateOnly(2008, 1, 10), Status = AccreditationStatus.Accredited };
            db.Sips.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        var job = api.Services.GetRequiredService<AccreditationLapseJob>();

        var first = await job.RunOnceAsync(default);
        var again = await job.RunOnceAsync(default);

        Assert.Contains(first!.Recorded, r => r.SipId == sip && r.Kind == AccreditationEventKind.Lapsed);
        Assert.Empty(first.Errors);
        Assert.DoesNotContain(again!.Recorded, r => r.SipId == sip);
        var (status, events, audit) = await api.Database.WithContextAsync(async db => (
            await db.Sips.Where(s => s.Id == sip).Select(s => s.Status).SingleAsync(),
            await db.AccreditationEvents.Where(e => e.SipId == sip).ToListAsync(),
            await db.AuditEntries.Where(e => e.Entity == "AccreditationEvent").OrderBy(e => e.Id).ToListAsync()));
        Assert.Equal(AccreditationStatus.Lapsed, status);
        var lapse = Assert.Single(events);
        Assert.Equal(("system", AccreditationEventKind.Lapsed), (lapse.CreatedBy, lapse.Kind));
        Assert.Contains(audit, e => e.RecordId == lapse.Id && e.User == "system" && e.Face == "system");
    }
}
