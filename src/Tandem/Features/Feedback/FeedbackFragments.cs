using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.Feedback.Pages;
using Tandem.Security;

namespace Tandem.Features.Feedback;

public static class FeedbackFragments
{
    /// <summary>The writing check for the feedback form's current text, swapped in by htmx while typing.</summary>
    public static IEndpointRouteBuilder MapFeedbackFragments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feedback/check", (HttpRequest request) =>
                new RazorComponentResult<WritingFlags>(new { Flags = WritingCheck.Check(request.Query["Input.Text"].ToString()) }))
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
