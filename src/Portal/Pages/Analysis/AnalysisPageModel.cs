using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Analysis.Export;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Analysis;

/// <summary>What every analysis page shares: filters in the URL (a GET form, so the address is the permalink), CSV and
/// workbook downloads of the records shown, and the same query in GraphQL.</summary>
[Authorize(Policy = PortalPolicies.Reader)]
public abstract class AnalysisPageModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public abstract string Title { get; }

    /// <summary>The GraphQL document that returns what the page shows.</summary>
    public string GraphQLQuery { get; protected set; } = "";

    public string Permalink => Request.Path + Request.QueryString;

    public string GraphQLUrl => AnalysisQueries.EditorUrl(GraphQLQuery);

    public string DownloadUrl(string format)
    {
        var query = Request.Query.Where(q => q.Key is not ("handler" or "format"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append("handler=Download").Append("format=" + format);
        return Request.Path + "?" + string.Join('&', query);
    }

    /// <summary>The first table as CSV, or every table in a workbook after an About sheet of filters and provenance.</summary>
    protected IActionResult Download(IEnumerable<(string Name, string Value)> filters, params ExportTable[] tables)
    {
        var name = $"rag-{Title.ToLowerInvariant().Replace(' ', '-')}-{DateTime.UtcNow:yyyyMMdd}";
        var permalink = Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(Request.Query.Where(q => q.Key is not ("handler" or "format")));
        return Format == "xlsx"
            ? File(AnalysisExporter.Xlsx(new ExportDescription(Title, filters, permalink.ToString(), DateTime.UtcNow), tables), AnalysisExporter.XlsxType, name + ".xlsx")
            : File(AnalysisExporter.Csv(tables[0]), AnalysisExporter.CsvType, name + ".csv");
    }
}
