using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Search;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Analysis;

/// <summary>The pieces of markup the analysis pages repeat hundreds of times (the matrix alone shows some 300 tallies
/// and 422 findings), written once here rather than as partial views, each of which costs a view lookup and its own
/// view context per use. The bench could not separate the saving from this machine's noise (bench/RESULTS.md).</summary>
public static class AnalysisHtml
{
    static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Letters and counts ("2R 1A"), never colour alone.</summary>
    public static IHtmlContent Tally(RagTally tally)
    {
        if (tally.Total == 0) return new HtmlString("<span class=\"text-muted\">–</span>");
        var html = new StringBuilder("<span class=\"text-nowrap\">");
        void Badge(int count, string css, string word, string letter)
        {
            if (count > 0) html.Append($"<span class=\"rag-badge {css}\" title=\"{count} {word}\">{count}{letter}</span> ");
        }
        Badge(tally.Red, "rag-red", "red", "R");
        Badge(tally.Amber, "rag-amber", "amber", "A");
        Badge(tally.Green, "rag-green", "green", "G");
        Badge(tally.Unrated, "border", "unrated", "–");
        return new HtmlString(html.Append("</span>").ToString());
    }

    /// <summary>A finding as a list item: its rating, its words, and a link to its letter with its lines in 002.</summary>
    public static IHtmlContent Finding(FindingItem finding)
    {
        var (letter, css, word) = finding.Rag switch
        {
            RagRating.Red => ("R", "rag-red", "Red"),
            RagRating.Amber => ("A", "rag-amber", "Amber"),
            RagRating.Green => ("G", "rag-green", "Green"),
            _ => ("–", "border", "Unrated"),
        };
        var title = word + (finding.RagIsInferred ? " (curator's reading)" : "");
        return new HtmlString(
            $"<li class=\"mb-2\"><span class=\"rag-badge {css}\" title=\"{Encoder.Encode(title)}\"><span aria-hidden=\"true\">{letter}</span>" +
            $"<span class=\"visually-hidden\">{word}</span></span> {Encoder.Encode(finding.Text)}<br><small class=\"text-muted\">" +
            $"<a href=\"/Analysis/LaProfile?letter={finding.LetterId}#letter\">{Encoder.Encode(finding.LocalAuthority)} letter, {finding.LetterDate:d MMM yyyy}</a>" +
            $" · lines {new SourceLink(SourceDocuments.FsiLetters, finding.SourceLines).Html()}" +
            (finding.Uncertain ? " <span>· uncertain reading</span>" : "") + "</small></li>");
    }

    /// <summary>A text with its matched or shared words marked. No space may come between the runs (a view's whitespace
    /// would put one before a full stop), nor side padding on the marks (Bootstrap's would look like one).</summary>
    public static IHtmlContent Fragments(IEnumerable<TextFragment> fragments) => new HtmlString(string.Concat(fragments.Select(f =>
        f.Marked ? $"<mark class=\"px-0\">{Encoder.Encode(f.Text)}</mark>" : Encoder.Encode(f.Text))));
}
