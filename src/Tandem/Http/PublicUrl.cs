namespace Tandem.Http;

/// <summary>
/// Absolute links for people to open outside the app (invitations, later calendar feeds): from the configured
/// <c>Tandem:PublicUrl</c>, else the current request, else the first address the app listens on.
/// </summary>
public sealed class PublicUrl(IConfiguration configuration, IHttpContextAccessor http)
{
    public string For(string path)
    {
        var request = http.HttpContext?.Request;
        var root = configuration["Tandem:PublicUrl"] is { Length: > 0 } configured ? configured
            : request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "http://localhost:5000";
        return root.TrimEnd('/') + path;
    }
}
