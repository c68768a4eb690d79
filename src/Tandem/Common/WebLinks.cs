namespace Tandem.Common;

/// <summary>Links people give (a video call, a course): only absolute http(s) addresses are linked to.</summary>
public static class WebLinks
{
    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsWebLink(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
