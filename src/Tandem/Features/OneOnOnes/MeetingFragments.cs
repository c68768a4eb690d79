using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.OneOnOnes.Pages;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>The parts of a meeting page that live updates fetch again, rendered with the viewer's rights.</summary>
public static class MeetingFragments
{
    public static IEndpointRouteBuilder MapMeetingFragments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/one-on-ones/meetings/{id:guid}/parts/{part}", async Task<IResult> (Guid id, string part, OneOnOneQueries queries, CancellationToken ct) =>
            {
                if (await queries.MeetingAsync(id, ct) is not { } meeting) return TypedResults.NotFound();
                return part switch
                {
                    "agenda" => new RazorComponentResult<AgendaPanel>(new { Meeting = meeting }),
                    "notes" => new RazorComponentResult<NotesPanel>(new { Meeting = meeting }),
                    _ => TypedResults.NotFound(),
                };
            })
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
