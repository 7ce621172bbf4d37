using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Sips;

namespace Rag.Persistence.Rules;

/// <summary>One rule a stored record breaks or warns about, with what the dashboard needs to link to the record.</summary>
/// <param name="SchoolId">The school the record is about, where it is about one (a deployment's school).</param>
public sealed record RuleFlag(string Entity, int RecordId, string Record, string? LocalAuthority, RuleFinding Finding, int? SchoolId = null);

/// <summary>Every rule flag over the records of some LAs (all LAs when null): the record checks run over the records
/// they concern, so the dashboard and any GraphQL field report what each record's own page reports.</summary>
public sealed class RuleFlags(RagDbContext db, IEnumerable<IRecordCheck> checks, TimeProvider clock)
{
    public async Task<IReadOnlyList<RuleFlag>> FindAsync(IReadOnlyCollection<int>? localAuthorities, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var flags = new List<RuleFlag>();

        var deployments = db.SipDeployments.AsNoTracking();
        if (localAuthorities is not null) deployments = deployments.Where(d => localAuthorities.Contains(d.School!.LocalAuthorityId));
        var deployed = await deployments.Select(d => new { d.Id, d.SchoolId, Label = d.Sip!.Name + " at " + d.School!.Name, La = d.School.LocalAuthority!.Name })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        await AddAsync<SipDeployment>(flags, deployed.Keys, id => (deployed[id].Label, deployed[id].La, deployed[id].SchoolId), today, cancellationToken);

        // A SIP is national; an LA's SIPs are those deployed to its schools.
        var sips = db.Sips.AsNoTracking().Where(s => s.Status == AccreditationStatus.Accredited);
        if (localAuthorities is not null) sips = sips.Where(s => s.Deployments.Any(d => localAuthorities.Contains(d.School!.LocalAuthorityId)));
        var accredited = await sips.Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, cancellationToken);
        await AddAsync<Sip>(flags, accredited.Keys, id => (accredited[id].Name, null, null), today, cancellationToken);

        // Only a school in a category has an entitlement to fall short of.
        var schools = db.Schools.AsNoTracking().Where(s => s.Categorisations.Any(c => c.EndsOn == null || c.EndsOn >= today));
        if (localAuthorities is not null) schools = schools.Where(s => localAuthorities.Contains(s.LocalAuthorityId));
        var categorised = await schools.Select(s => new { s.Id, s.Name, La = s.LocalAuthority!.Name }).ToDictionaryAsync(s => s.Id, cancellationToken);
        await AddAsync<School>(flags, categorised.Keys, id => (categorised[id].Name, categorised[id].La, id), today, cancellationToken);

        var letters = db.FsiLetters.AsNoTracking();
        if (localAuthorities is not null) letters = letters.Where(l => localAuthorities.Contains(l.LocalAuthorityId));
        var lettered = await letters.Select(l => new { l.Id, l.PrintedName, l.LetterDate, La = l.LocalAuthority!.Name }).ToDictionaryAsync(l => l.Id, cancellationToken);
        await AddAsync<FsiLetter>(flags, lettered.Keys, id => ($"{lettered[id].PrintedName}, {lettered[id].LetterDate:d MMMM yyyy}", lettered[id].La, null), today, cancellationToken);

        return flags;
    }

    async Task AddAsync<T>(List<RuleFlag> flags, IReadOnlyCollection<int> ids, Func<int, (string Label, string? La, int? SchoolId)> describe, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        foreach (var check in checks.Where(c => c.Entity == typeof(T)))
        foreach (var chunk in ids.Chunk(500))
        foreach (var (id, findings) in await check.CheckAsync(db, chunk, today, cancellationToken))
        {
            var (label, la, school) = describe(id);
            flags.AddRange(findings.Select(f => new RuleFlag(typeof(T).Name, id, label, la, f, school)));
        }
    }
}
