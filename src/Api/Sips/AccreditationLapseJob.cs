using Rag.Persistence.Sips;

namespace Rag.Api.Sips;

/// <summary>Records, once a day and at start, the six-month warnings and lapses that 003 Appendix H (lines
/// 1240-1242) makes due, so a SIP's accreditation history keeps itself without anyone pressing "Record due". The
/// events go through the editing core as Rag itself ("system": no request, so <see cref="Persistence.Accounts.HttpEditor"/>
/// answers as the system editor), and are audited as such.</summary>
public sealed class AccreditationLapseJob(IServiceScopeFactory scopes, ILogger<AccreditationLapseJob> logger) : BackgroundService
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
    }
}
