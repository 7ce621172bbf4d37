using Rag.Persistence.Infrastructure;

namespace Rag.Api.Http;

/// <summary>The signed-in caller of this request, stamped on what it saves.</summary>
public sealed class HttpEditor(IHttpContextAccessor http) : IEditor
{
    public string Name => http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";
}
