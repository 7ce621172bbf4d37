using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rag.Portal.Tests.Pages;

/// <summary>Reads portal pages and posts their forms as a browser would: every field the form carries (the
/// antiforgery token and the version included), with some values changed.</summary>
public static class PortalForms
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the page's main form (the last one in &lt;main&gt;, or the one <paramref name="formSelector"/>
    /// finds) with these values replacing the form's own.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IDocument page, IDictionary<string, string[]> values,
        string? formSelector = null)
    {
        var form = formSelector is null ? page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").Last() : page.QuerySelector<IHtmlFormElement>(formSelector)!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked: break;
                case IHtmlInputElement input: fields.Add(new(name, input.Value)); break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected)) fields.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement area: fields.Add(new(name, area.Value)); break;
            }
        }
        foreach (var (name, given) in values) fields.AddRange(given.Select(v => new KeyValuePair<string, string>(name, v)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<IDocument> DocumentAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static Dictionary<string, string[]> Form(params (string Name, string Value)[] values) =>
        values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToArray());
}
