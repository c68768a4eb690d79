using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.Home.Pages;
using Tandem.Security;

namespace Tandem.Features.Home;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", SearchAsync).WithTags("Search").WithName("Search").RequireAuthorization(Policies.Member)
            .WithSummary($"People, goals you may read and (HR admins) teams and departments matching q, at most {SiteSearch.PerKind} of each; q has 1–{SiteSearch.QueryMax} characters.");
        // The layout's search box's suggestions while typing (js/combobox.js).
        app.MapGet("/search/suggest", async (string? q, SiteSearch search, CancellationToken ct) =>
                new RazorComponentResult<SearchSuggestions>(new { Results = SiteSearch.Problem(q) is null ? await search.SearchAsync(q!, asSuggestions: true, ct) : null }))
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> SearchAsync(string? q, SiteSearch search, CancellationToken ct) =>
        SiteSearch.Problem(q) is { } problem
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [problem] })
            : TypedResults.Ok(await search.SearchAsync(q!, asSuggestions: false, ct));
}
