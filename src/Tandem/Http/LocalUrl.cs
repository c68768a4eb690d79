namespace Tandem.Http;

public static class LocalUrl
{
    /// <summary>The URL if it stays on this site (a path like "/people"), else the home page: no open redirects.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
