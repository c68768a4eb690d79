namespace Tandem.Http;

/// <summary>
/// Absolute links for people to open outside the app (invitations, calendar feeds): from the configured
/// <c>Tandem:PublicUrl</c>, else from the current request.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHttpContextAccessor http)
{
    public string For(string path)
    {
        var configured = configuration["Tandem:PublicUrl"];
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + path;
    }
}
