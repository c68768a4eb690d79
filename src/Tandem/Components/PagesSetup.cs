using Microsoft.AspNetCore.Authorization;
using Tandem.Security;

namespace Tandem.Components;

public static class PagesSetup
{
    /// <summary>The static assets (public) and every page; each page declares its own authorization.</summary>
    public static WebApplication MapTandemPages(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            // The framework adds an internal redirect endpoint for its interactive script, which Tandem doesn't
            // use; it gets the same rule as every page rather than no rule.
            if (endpoint.DisplayName == "Blazor Opaque Redirection")
                endpoint.Metadata.Add(new AuthorizeAttribute(Policies.Member));
        });
        return app;
    }
}
