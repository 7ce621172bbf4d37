using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Domain.Visits;
using Rag.Persistence;

namespace Rag.Benchmarks.Generation;

/// <summary>England at scale 1.0: 22,000 schools over the real LAs, 3,000 SIPs, ten years (2015–2024) of
/// inspections, categorisations, deployments and about a million visits, 150 FSI-like letters with 4,000 findings.
/// Every record is synthetic; the same seed over the same curated data gives the same rows.</summary>
sealed class NationalScale(double scale, int seed)
{
    static readonly DateOnly FirstDay = new(2015, 1, 1);
    const int Years = 10;
    static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    static readonly string[] Purposes =
        ["Termly review of progress", "Target-setting", "Self-evaluation challenge", "Data review", "Report to governors", "Headteacher performance review"];

    readonly Random random = new(seed);

    public int Schools => Math.Max(10, (int)(22_000 * scale));
    public int Sips => Math.Max(5, (int)(3_000 * scale));
    public int Letters => Math.Max(2, (int)(150 * scale));
    public int Findings => Math.Max(Letters, (int)(4_000 * scale));
    public int ExpectedVisits => Schools * Years * 9 / 2;

    /// <summary>Generates each table in FK order and hands it to <paramref name="write"/> as it goes, so the million
    /// visits are never all in memory.</summary>
    public async Task GenerateAsync(RagDbContext db, Func<Type, int, IEnumerable<Record>, Task> write)
    {
        var authorities = await db.LocalAuthorities.AsNoTracking().OrderBy(la => la.Id).Select(la => new { la.Id, la.Name }).ToListAsync();
        var categories = await db.SchoolCategories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.LocalAuthorityId, c.Number }).ToListAsync();
        var grades = await db.GradeCodes.AsNoTracking().Where(g => g.Rank != null && !g.IsComposite).OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        var stages = await db.ImprovementStages.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var headings = await db.FsiHeadings.AsNoTracking().OrderBy(h => h.Id).Select(h => h.Id).ToListAsync();
        var next = new Dictionary<Type, int>();
        async Task<int> NextId<T>() where T : Record => next[typeof(T)] = (await db.Set<T>().MaxAsync(r => (int?)r.Id) ?? 0) + 1;
        int Id<T>() => next[typeof(T)]++;
        // One after another: a context runs one query at a time (building an array of the tasks started them all at once).
        foreach (var first in new Func<Task<int>>[] { NextId<School>, NextId<Sip>, NextId<SchoolCategory>, NextId<Inspection>, NextId<SchoolCategorisation>,
                     NextId<SipDeployment>, NextId<Visit>, NextId<FsiLetter>, NextId<FsiFinding> }) await first();

        var schools = Enumerable.Range(1, Schools).Select(n => Stamped(new School
        {
            Id = Id<School>(),
            Name = $"Synthetic School {n:00000}",
            LocalAuthorityId = authorities[random.Next(authorities.Count)].Id,
            Phase = PickPhase(),
            Urn = 900_000 + n,
        })).ToList();
        await write(typeof(School), schools.Count, schools);

        var sips = Enumerable.Range(1, Sips).Select(n => Stamped(new Sip
        {
            Id = Id<Sip>(),
            Name = $"Synthetic SIP {n:0000}",
            Sectors = (AccreditationSectors)random.Next(1, 8),
            AccreditedOn = FirstDay.AddDays(-random.Next(365 * 3)),
            Status = random.Next(20) == 0 ? AccreditationStatus.Lapsed : AccreditationStatus.Accredited,
        })).ToList();
        await write(typeof(Sip), sips.Count, sips);

        // LAs without categories of their own get four synthetic ones, numbered after any they have.
        var newCategories = authorities.Where(la => categories.All(c => c.LocalAuthorityId != la.Id))
            .SelectMany(la => Enumerable.Range(1, 4).Select(n => Stamped(new SchoolCategory
            {
                Id = Id<SchoolCategory>(), LocalAuthorityId = la.Id, Number = n, Name = $"Synthetic category {n}",
            }))).ToList();
        await write(typeof(SchoolCategory), newCategories.Count, newCategories);
        var categoriesByAuthority = categories.Select(c => (c.Id, c.LocalAuthorityId)).Concat(newCategories.Select(c => (c.Id, c.LocalAuthorityId)))
            .ToLookup(c => c.LocalAuthorityId, c => c.Id);

        await write(typeof(Inspection), Schools * 3, schools.SelectMany(school => Periods(3, 4).Select(p => Stamped(new Inspection
        {
            Id = Id<Inspection>(), SchoolId = school.Id, InspectedOn = p.Start.AddDays(random.Next(30, 300)), GradeCodeId = grades[random.Next(grades.Count)],
        }))));

        await write(typeof(SchoolCategorisation), Schools * 4, schools.SelectMany(school =>
        {
            var own = categoriesByAuthority[school.LocalAuthorityId].ToList();
            var periods = Periods(2, 3).ToList();
            return periods.Select((p, i) => Stamped(new SchoolCategorisation
            {
                Id = Id<SchoolCategorisation>(), SchoolId = school.Id, SchoolCategoryId = own[random.Next(own.Count)],
                StartsOn = p.Start, EndsOn = i == periods.Count - 1 ? null : p.End,
            }));
        }));

        // Each school has a SIP accredited for its phase for each of two or three spans; visits follow the deployments.
        var bySector = Enum.GetValues<AccreditationSectors>().Where(s => s != AccreditationSectors.None)
            .ToDictionary(s => s, s => sips.Where(sip => sip.Sectors.HasFlag(s)).ToList());
        var deployments = schools.SelectMany(school => Periods(3, 5).Select((p, i) => Stamped(new SipDeployment
        {
            Id = Id<SipDeployment>(), SchoolId = school.Id, SipId = PickSip(bySector[SectorOf(school.Phase)]).Id,
            StartsOn = p.Start, EndsOn = p.End >= FirstDay.AddYears(Years) ? null : p.End, DaysPerYear = 5,
        }))).ToList();
        await write(typeof(SipDeployment), deployments.Count, deployments);

        await write(typeof(Visit), ExpectedVisits, deployments.SelectMany(d =>
        {
            var end = d.EndsOn ?? FirstDay.AddYears(Years);
            var days = end.DayNumber - d.StartsOn.DayNumber;
            var count = Math.Max(1, days * random.Next(3, 7) / 365);
            return Enumerable.Range(0, count).Select(_ => d.StartsOn.AddDays(random.Next(days))).Order().Select(on => Stamped(new Visit
            {
                Id = Id<Visit>(), SipId = d.SipId, SchoolId = d.SchoolId, VisitedOn = on, LengthDays = random.Next(3) == 0 ? 0.5 : 1,
                Purpose = Purposes[random.Next(Purposes.Length)], ImprovementStageId = stages.Count == 0 || random.Next(4) == 0 ? null : stages[random.Next(stages.Count)],
            }));
        }));

        var letters = Enumerable.Range(0, Letters).Select(n => authorities[n % authorities.Count]).Select(la => Stamped(new FsiLetter
        {
            Id = Id<FsiLetter>(), LocalAuthorityId = la.Id, PrintedName = la.Name, LetterDate = new DateOnly(2013, 1, 1).AddDays(random.Next(700)),
            SchoolCount = random.Next(5, 30), Reason = "Synthetic: benchmark data",
        })).ToList();
        await write(typeof(FsiLetter), letters.Count, letters);

        var order = new Dictionary<int, int>();
        await write(typeof(FsiFinding), Findings, Enumerable.Range(0, Findings).Select(n => letters[n < letters.Count ? n : random.Next(letters.Count)]).Select(letter =>
        {
            var position = order[letter.Id] = order.GetValueOrDefault(letter.Id) + 1;
            return Stamped(new FsiFinding
            {
                Id = Id<FsiFinding>(), FsiLetterId = letter.Id, FsiHeadingId = headings[random.Next(headings.Count)], Order = position,
                Text = $"Synthetic finding {position} of the letter to {letter.PrintedName}", Rag = (RagRating)random.Next(3), RagIsInferred = true,
            });
        }));
    }

    /// <summary>Consecutive spans covering the ten years, each <paramref name="minYears"/> to <paramref name="maxYears"/> long.</summary>
    IEnumerable<(DateOnly Start, DateOnly End)> Periods(int minYears, int maxYears)
    {
        var start = FirstDay.AddDays(-random.Next(365 * minYears));
        var end = FirstDay.AddYears(Years);
        while (start < end)
        {
            var next = start.AddDays(random.Next(365 * minYears, 365 * maxYears + 1));
            yield return (start, next);
            start = next;
        }
    }

    SchoolPhase PickPhase() => random.Next(100) switch
    {
        < 75 => SchoolPhase.Primary,
        < 91 => SchoolPhase.Secondary,
        < 96 => SchoolPhase.Special,
        < 98 => SchoolPhase.PupilReferralUnit,
        _ => SchoolPhase.AllThrough,
    };

    static AccreditationSectors SectorOf(SchoolPhase phase) => phase switch
    {
        SchoolPhase.Nursery or SchoolPhase.Primary => AccreditationSectors.Primary,
        SchoolPhase.Special => AccreditationSectors.Special,
        _ => AccreditationSectors.Secondary,
    };

    Sip PickSip(List<Sip> accredited) => accredited[random.Next(accredited.Count)];

    static T Stamped<T>(T record) where T : Record
    {
        record.IsSynthetic = true;
        record.CreatedBy = "generator";
        record.CreatedAt = Stamp;
        record.Version = 1;
        return record;
    }
}
