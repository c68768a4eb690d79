using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.People.Pages;
using Tandem.Security;

namespace Tandem.Features.People;

public static class PeopleFragments
{
    /// <summary>The people picker's suggestions while typing (js/combobox.js): options of a listbox, as HTML.</summary>
    public static IEndpointRouteBuilder MapPeopleFragments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/people/matches", async (string? q, PeopleFinder finder, CancellationToken ct) =>
                new RazorComponentResult<PersonOptions>(new { People = await finder.FindAsync(q, PeopleFinder.Limit, ct) }))
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
