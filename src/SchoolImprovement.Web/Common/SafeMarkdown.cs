using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// Minutes, findings and notes written as plain text or Markdown, turned into HTML that is safe to
/// put on a page: Markdig renders with raw HTML disabled (any tag the writer typed is shown as text),
/// then HtmlSanitizer keeps only formatting elements and http(s)/mailto links, so nothing the writer
/// typed can run script, load content or restyle the page. Views call <c>@SafeMarkdown.Render(text)</c>;
/// never <c>Html.Raw</c> on user text.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The text as sanitised HTML; an empty string for null or blank text.</summary>
    public static IHtmlContent Render(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return HtmlString.Empty;
        }

        var html = Markdown.ToHtml(text, Pipeline);
        return new HtmlString(Sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre",
                "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td", "hr",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        // A heading level or element the page does not allow keeps its text (as plain text), never its markup.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                // Links open as ordinary navigation, and tell the target nothing about the portal.
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
