using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Tandem.Features.OneOnOnes;

/// <summary>Renders user-written Markdown (1:1 notes, agenda items) to HTML that is safe to embed in a page.</summary>
public static class SafeMarkdown
{
    private const string Rel = "nofollow noopener noreferrer";

    // Built once: pipelines are immutable and thread-safe. No raw HTML; only extensions that add no markup of their own.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    /// <summary>
    /// HTML for <paramref name="markdown"/>: raw HTML is shown as text, links keep only http, https, mailto or
    /// same-site ('/' or '#') targets and carry rel="nofollow noopener noreferrer", and images become plain links.
    /// </summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";

        var document = Markdown.Parse(markdown, Pipeline);
        // Materialise first: the loops below rewrite the tree they would otherwise be walking.
        foreach (var link in document.Descendants<LinkInline>().ToList()) Sanitize(link);
        foreach (var link in document.Descendants<AutolinkInline>().ToList()) Sanitize(link);
        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>Whether a link target is one we let a reader click: web, mail, or a path on this site.</summary>
    internal static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        // Markdig has already decoded entities and backslash escapes, so "&#106;avascript:" arrives here as "javascript:".
        return url.StartsWith('/') || url.StartsWith('#')
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static void Sanitize(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        // An image inside a link would become a link inside a link, which browsers mangle: keep just its words.
        var insideLink = link.Parent?.FirstParentOfType<LinkInline>() is not null;
        if (!IsAllowedUrl(url) || (link.IsImage && insideLink))
        {
            Unwrap(link, fallbackText: link.IsImage ? null : url);
            return;
        }

        if (link.IsImage)
        {
            // Loading remote images would tell third parties who reads these notes, and when.
            link.IsImage = false;
            if (link.FirstChild is null) link.AppendChild(new LiteralInline(url!));
        }
        link.GetDynamicUrl = null;
        link.Url = url;
        link.GetAttributes().AddPropertyIfNotExist("rel", Rel);
    }

    private static void Sanitize(AutolinkInline link)
    {
        var allowed = link.IsEmail || IsAllowedUrl(link.Url);
        if (!allowed)
        {
            link.ReplaceBy(new LiteralInline(link.Url ?? ""));
            return;
        }
        link.GetAttributes().AddPropertyIfNotExist("rel", Rel);
    }

    /// <summary>Replaces a link with its own content, so the words stay and only the target goes.</summary>
    private static void Unwrap(LinkInline link, string? fallbackText)
    {
        if (link.FirstChild is null)
        {
            if (string.IsNullOrEmpty(fallbackText)) link.Remove();
            else link.ReplaceBy(new LiteralInline(fallbackText));
            return;
        }
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }
}
