using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Calibration;

public static class CalibrationApi
{
    private const string Tag = "Calibration";

    public static IEndpointRouteBuilder MapCalibrationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/review-cycles/{id:guid}/calibration-sessions", async (Guid id, SessionInput input, CalibrationService s, CancellationToken ct) =>
                (await s.CreateAsync(id, input, ct)).ToHttp(c => TypedResults.Created($"/api/v1/calibration-sessions/{c.Id}", c))
                .Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithTags(Tag).RequireAuthorization(Policies.HrAdmin).WithName("CreateCalibrationSession")
            .WithSummary("Set up a calibration session in the cycle's calibration phase: a group of its people, with the ratings their managers proposed (HR admin).");
        app.MapGet("/api/v1/review-cycles/{id:guid}/fairness", async Task<Results<Ok<CycleFairness>, NotFoundProblem>> (Guid id, CalibrationQueries s, CancellationToken ct) =>
                await s.CycleAsync(id, ct) is { } f ? TypedResults.Ok(f) : new NotFoundProblem("No such cycle."))
            .WithTags(Tag).RequireAuthorization(Policies.HrAdmin).WithName("GetCycleFairness")
            .WithSummary("The rater effect before and after calibration, and every manager's leniency or severity over the whole cycle (HR admin).");

        var sessions = app.MapGroup("/api/v1/calibration-sessions").WithTags(Tag).RequireAuthorization(Policies.Member);
        sessions.MapGet("/", async (Guid? cycleId, CalibrationQueries s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(cycleId, ct)))
            .WithName("ListCalibrationSessions").WithSummary("The calibration sessions you are in (HR admins: all, or a cycle's).");
        sessions.MapGet("/{id:guid}", async Task<Results<Ok<SessionBoard>, NotFoundProblem>> (Guid id, CalibrationQueries s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } b ? TypedResults.Ok(b) : new NotFoundProblem("No such session of yours."))
            .WithName("GetCalibrationSession")
            .WithSummary("A session's people with proposed and current ratings and potential, the distributions, the managers' leniency and the latest changes (HR admins and the session's participants).");
        sessions.MapPost("/{id:guid}/entries/{entryId:guid}/changes", async (Guid id, Guid entryId, MoveInput input, CalibrationService s, CancellationToken ct) =>
                (await s.MoveAsync(id, entryId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("ChangeCalibration")
            .WithSummary("Change one person's rating and/or potential, with the reason; recorded with who and when, during the cycle's calibration phase.");
        return app;
    }
}
