using Tandem.Features.OneOnOnes;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Notes are user input rendered into other people's pages: script must never get through.</summary>
public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ToHtml_NullOrEmpty_ReturnsEmpty(string? markdown)
    {
        Assert.Equal("", SafeMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void ToHtml_ScriptTag_StaysEscapedText()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert('x')</script>\n\n<script>\nalert(1)\n</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ImgWithOnerror_IsEscaped()
    {
        var html = SafeMarkdown.ToHtml("<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[x](<javascript:alert(1)>)")]
    public void ToHtml_LinkWithUnsafeScheme_RendersTheTextWithoutALink(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,hi>")]
    public void ToHtml_AutolinkWithUnsafeScheme_IsPlainText(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    public void ToHtml_ImageWithUnsafeScheme_KeepsOnlyItsAltText(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Equal("<p>x</p>\n", html);
    }

    [Fact]
    public void ToHtml_Image_BecomesALinkAndLoadsNothing()
    {
        var html = SafeMarkdown.ToHtml("![team photo](https://cdn.example/p.png)");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://cdn.example/p.png\"", html, StringComparison.Ordinal);
        Assert.Contains(">team photo</a>", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ImageInsideLink_DoesNotNestLinks()
    {
        var html = SafeMarkdown.ToHtml("[![badge](https://cdn.example/b.png)](https://example.com)");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(html.Split("<a ").Skip(1));
        Assert.Contains(">badge</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_HttpsLink_RendersWithNofollowNoopenerNoreferrer()
    {
        var html = SafeMarkdown.ToHtml("See [the plan](https://example.com/plan?a=1&b=2).");

        Assert.Equal("<p>See <a href=\"https://example.com/plan?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">the plan</a>.</p>\n", html);
    }

    [Theory]
    [InlineData("[goal](/goals/42)", "/goals/42")]
    [InlineData("[notes](#notes)", "#notes")]
    [InlineData("[mail](mailto:ana@example.com)", "mailto:ana@example.com")]
    [InlineData("[plain](http://example.com)", "http://example.com")]
    public void ToHtml_AllowedTargets_AreLinked(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<https://example.com/a>", "https://example.com/a")]
    [InlineData("<ana@example.com>", "mailto:ana@example.com")]
    [InlineData("Visit www.example.com today", "http://www.example.com")]
    [InlineData("Visit https://example.com/x today", "https://example.com/x")]
    public void ToHtml_AutoLinks_AreLinkedWithRel(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RelativePathWithoutLeadingSlash_IsNotLinked()
    {
        var html = SafeMarkdown.ToHtml("[x](goals/42)");

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_BoldListsAndTaskLists_Render()
    {
        var html = SafeMarkdown.ToHtml("**Wins**\n\n- shipped *search*\n- ~~old~~ new\n\nNext time:\n\n- [x] agenda\n- [ ] notes");

        Assert.Contains("<strong>Wins</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>shipped <em>search</em></li>", html, StringComparison.Ordinal);
        Assert.Contains("<del>old</del>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_PipeTable_Renders()
    {
        var html = SafeMarkdown.ToHtml("| Goal | Status |\n|---|---|\n| Ship | Done |");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Ship</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LinkTitleWithQuotes_StaysInsideTheAttribute()
    {
        var html = SafeMarkdown.ToHtml("[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")");

        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&quot;", html, StringComparison.Ordinal);
    }
}
