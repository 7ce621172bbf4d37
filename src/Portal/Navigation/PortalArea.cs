namespace Rag.Portal.Navigation;

/// <summary>An area of the portal in the main navigation. <c>Policy</c> is who sees it in the menu; the pages
/// themselves are protected by the same policies (see <see cref="PortalPolicies"/>).</summary>
public sealed record PortalArea(string Title, string Url, string Policy)
{
    public static readonly PortalArea[] All =
    [
        new("Letters", "/Letters", PortalPolicies.Reader),
        new("Schools", "/Schools", PortalPolicies.Reader),
        new("SIPs", "/Sips", PortalPolicies.Reader),
        new("SIP programme", "/Programme", PortalPolicies.Reader),
        new("Review queue", "/Review", PortalPolicies.Editor),
        new("Analysis", "/Analysis", PortalPolicies.Reader),
        new("All records", "/Records", PortalPolicies.Reader),
        new("Sources", "/Sources", PortalPolicies.Reader),
        new("Admin", "/Admin", PortalPolicies.Admin),
    ];
}
