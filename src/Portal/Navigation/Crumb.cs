using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Rag.Portal.Navigation;

/// <summary>One step of a page's breadcrumb trail: the layout shows Home › each crumb › the page's title.</summary>
public sealed record Crumb(string Title, string Url);

public static class Crumbs
{
    const string Key = "Crumbs";

    public static void SetCrumbs(this ViewDataDictionary viewData, params Crumb[] crumbs) => viewData[Key] = crumbs;

    public static IReadOnlyList<Crumb> GetCrumbs(this ViewDataDictionary viewData) => viewData[Key] as Crumb[] ?? [];
}
