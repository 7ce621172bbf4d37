using Microsoft.AspNetCore.Mvc.Rendering;
using Rag.Domain.Sips;
using Rag.Persistence.Sips;

namespace Rag.Portal.Pages.Programme;

/// <summary>The select lists the SIP programme pages share.</summary>
public static class ProgrammeChoices
{
    public static List<SelectListItem> Items(IEnumerable<NamedRow> rows, int? selected) =>
        rows.Select(r => new SelectListItem(r.Name, r.Id.ToString(), r.Id == selected)).ToList();

    /// <summary>Bootstrap's text-and-background pair for a traffic light; the label is always shown too.</summary>
    public static string CssClass(TrafficLight colour) => colour switch
    {
        TrafficLight.Green => "text-bg-success",
        TrafficLight.Amber => "text-bg-warning",
        _ => "text-bg-danger",
    };
}
