namespace Tandem.Http;

public static class LocalUrl
{
    /// <summary>
    /// The URL if it stays on this site (a path like "/people"), else the home page: no open redirects. The same rule as
    /// ASP.NET Core's <c>IsLocalUrl</c>, including its refusal of control characters: browsers drop tabs and line breaks
    /// from a URL, so "/\t/evil.example" would become "//evil.example", another site.
    /// </summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !url.AsSpan(1).ContainsAnyInRange('\u0000', '\u001f')
                                && !url.AsSpan(1).ContainsAnyInRange('\u007f', '\u009f')))
            ? url
            : "/";
}
