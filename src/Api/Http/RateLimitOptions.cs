namespace Rag.Api.Http;

/// <summary>How many requests one caller may send (<c>Rag:Api:RateLimit</c>): <see cref="PermitLimit"/> in each
/// <see cref="Window"/>, counted per signed-in caller, else per remote address.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a caller may send in one window; generous, so that only a runaway client meets it.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
