using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Domain.Schools;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Testing;

namespace Rag.Portal.Tests;

/// <summary>Schools and SIPs a test starts from; the documents name none, so each test makes its own.</summary>
public static class SchoolRecords
{
    public static async Task<School> AddSchoolAsync(this RagApiFactory api, string name, string localAuthority = "Leeds", SchoolPhase phase = SchoolPhase.Primary)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var school = new School { Name = name, Phase = phase, LocalAuthorityId = await db.LocalAuthorities.Where(l => l.Name == localAuthority).Select(l => l.Id).SingleAsync() };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    public static async Task<Sip> AddSipAsync(this RagApiFactory api, string name, AccreditationSectors sectors = AccreditationSectors.Primary, DateOnly? accreditedOn = null)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        var sip = new Sip { Name = name, Sectors = sectors, AccreditedOn = accreditedOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1) };
        db.Sips.Add(sip);
        await db.SaveChangesAsync();
        return sip;
    }

    public static async Task AddDeploymentAsync(this RagApiFactory api, int sipId, int schoolId, DateOnly startsOn, DateOnly? endsOn = null)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RagDbContext>();
        db.SipDeployments.Add(new SipDeployment { SipId = sipId, SchoolId = schoolId, StartsOn = startsOn, EndsOn = endsOn, DaysPerYear = 5 });
        await db.SaveChangesAsync();
    }
}
