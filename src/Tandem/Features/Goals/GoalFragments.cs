using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Features.Goals.Pages;
using Tandem.Security;

namespace Tandem.Features.Goals;

public static class GoalFragments
{
    /// <summary>HTML fragments that htmx swaps into goal pages.</summary>
    public static IEndpointRouteBuilder MapGoalFragments(this IEndpointRouteBuilder app)
    {
        // The SMART checklist for the goal form's current values (sent as the form's fields).
        app.MapGet("/goals/smart", (HttpRequest request) =>
            {
                var q = request.Query;
                var form = new GoalForm
                {
                    Title = q["Input.Title"].ToString(),
                    Description = q["Input.Description"].ToString(),
                    Owner = q["Input.Owner"].ToString(),
                    Period = q["Input.Period"].ToString(),
                    DueDate = DateOnly.TryParse(q["Input.DueDate"], System.Globalization.CultureInfo.InvariantCulture, out var due) ? due : null,
                    ParentGoalId = q["Input.ParentGoalId"].ToString(),
                    ExistingKeyResults = int.TryParse(q["Input.ExistingKeyResults"], out var existing) ? existing : 0,
                    KeyResults = [.. Enumerable.Range(0, GoalRules.KeyResultsMax).Select(i => new KeyResultForm { Title = q[$"Input.KeyResults[{i}].Title"].ToString() })],
                };
                return new RazorComponentResult<SmartChecklist>(new { Checks = form.Smart() });
            })
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();

        app.MapGet("/goals/tree/branches/{id:guid}", async (Guid id, Guid? periodId, string? after, GoalQueries queries, GoalAccess access, CancellationToken ct) =>
            {
                if (!await access.CanReadAsync(id, ct) || Http.Cursor.IsBad(after, 3)) return Results.NotFound();
                var level = await queries.ChildrenAsync(id, periodId, after, null, ct);
                return new RazorComponentResult<GoalTreeLevel>(new { Level = level, ParentId = id, PeriodId = periodId });
            })
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        return app;
    }
}
