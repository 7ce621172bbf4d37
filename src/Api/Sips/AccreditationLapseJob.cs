using System.Security.Claims;
using Rag.Persistence.Accounts;
using Rag.Persistence.Sips;

namespace Rag.Api.Sips;

/// <summary>Records, once a day and at start, the six-month warnings and lapses that 003 Appendix H (lines
/// 1240-1242) makes due, so a SIP's accreditation history keeps itself without anyone pressing "Record due". The
/// events go through the editing core as the user "system" with an Editor's rights, and are audited as such.</summary>
public sealed class AccreditationLapseJob(IServiceScopeFactory scopes, IHttpContextAccessor http, ILogger<AccreditationLapseJob> logger) : BackgroundService
{
    static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunOnceAsync(stoppingToken);
        using var timer = new PeriodicTimer(Period);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await RunOnceAsync(stoppingToken);
    }

    public async Task<AccreditationLapseRun?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The editing core learns who edits from the request; this run has none, so it gets one of its own
            // (the accessor's context flows only through this run).
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system"), new Claim(ClaimTypes.Role, Roles.Editor)], "system")),
            };
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<AccreditationLapses>().RecordDueAsync(cancellationToken);
            if (run.Recorded.Count > 0) logger.LogInformation("Recorded {Count} accreditation events that had become due.", run.Recorded.Count);
            foreach (var error in run.Errors) logger.LogWarning("An accreditation event was not recorded: {Error}", error);
            return run;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Recording the accreditation events that had become due failed; the next run tries again.");
            return null;
        }
        finally { http.HttpContext = null; }
    }
}
