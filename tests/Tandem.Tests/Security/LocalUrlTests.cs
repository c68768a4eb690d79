using Tandem.Http;

namespace Tandem.Tests.Security;

/// <summary>Where the sign-in page may send someone back to: this site only, as ASP.NET's IsLocalUrl decides.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/people")]
    [InlineData("/people/1?tab=goals#top")]
    [InlineData("/goals/a%09b")]
    public void OrHome_LocalPath_IsKept(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("people")]
    // Browsers drop tabs and line breaks from URLs: "/\t/evil.example" becomes "//evil.example", another site.
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    [InlineData("/people\u0000")]
    [InlineData("/people\u007f")]
    [InlineData("/people\u0085")]
    public void OrHome_ElsewhereOrControlCharacters_GoesHome(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));
}
