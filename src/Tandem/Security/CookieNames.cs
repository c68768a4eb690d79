namespace Tandem.Security;

/// <summary>
/// Tandem's cookies are <c>__Host-</c> prefixed, Secure, HttpOnly and SameSite=Lax: bound to this exact host
/// and only ever sent over HTTPS. Plain-HTTP development (<c>Tandem:SecureCookies=false</c>, set for the
/// Development environment) drops the prefix and the Secure flag, because browsers refuse both over HTTP.
/// </summary>
public static class CookieNames
{
    public const string SignIn = "Tandem";
    public const string Antiforgery = "Tandem-Antiforgery";
    public const string Flash = "Tandem-Flash";
    public const string Browsers = "Tandem-Browsers";
    public const string HostPrefix = "__Host-";

    public static bool Secure(IConfiguration configuration) => configuration.GetValue("Tandem:SecureCookies", true);

    public static void Apply(CookieBuilder cookie, string name, IConfiguration configuration)
    {
        var secure = Secure(configuration);
        cookie.Name = secure ? HostPrefix + name : name;
        cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
