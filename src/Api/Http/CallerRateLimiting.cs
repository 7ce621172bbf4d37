using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Rag.Api.Http;

/// <summary>ASP.NET Core's rate limiter, one fixed window per caller: the signed-in editor's name, else the
/// remote address. A refused request gets 429 with Retry-After.</summary>
public static class CallerRateLimiting
{
    public static IServiceCollection AddRagRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("Rag:Api:RateLimit"));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => limits.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(Caller(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limits.Window;
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    // Names and addresses get different prefixes so that no editor can be named after someone's address.
    static string Caller(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "editor:" + name
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
