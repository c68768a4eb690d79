using Microsoft.AspNetCore.Components;
using Tandem.Http;

namespace Tandem.Features.OneOnOnes.Pages;

/// <summary>
/// What the meeting page's small forms share: the meeting, a callback with the fresh meeting after a change,
/// and the errors of the last post, shown next to the fields with the typed values kept.
/// </summary>
public abstract class MeetingFormBase : ComponentBase
{
    [Parameter, EditorRequired] public MeetingDetails Meeting { get; set; } = default!;
    [Parameter] public EventCallback<MeetingDetails> Changed { get; set; }
    [CascadingParameter] protected HttpContext Http { get; set; } = default!;
    [Inject] protected MeetingService Service { get; set; } = default!;
    [Inject] private OneOnOneQueries Queries { get; set; } = default!;

    /// <summary>Where the forms post: the meeting page, also when a part is rendered on its own for a live update.</summary>
    protected string PageUrl => $"/one-on-ones/meetings/{Meeting.Id}";

    protected IReadOnlyDictionary<string, string[]>? Errors { get; private set; }
    protected string? Message { get; private set; }
    protected bool IsConflict { get; private set; }
    /// <summary>The form whose post failed, so only its fields keep the typed values and show errors.</summary>
    protected string? FailedForm { get; private set; }

    protected string Form(string field) => Http.Request.HasFormContentType ? Http.Request.Form[field].ToString() : "";

    /// <summary>The typed value after a failed post of <paramref name="form"/>, otherwise <paramref name="fallback"/>.</summary>
    protected string Posted(string form, string field, string? fallback) => FailedForm == form ? Form(field) : fallback ?? "";

    protected IReadOnlyDictionary<string, string[]>? ErrorsOf(string form) => FailedForm == form ? Errors : null;

    protected string? Invalid(string form, string field) => FailedForm == form && Errors?.ContainsKey(field) == true ? "true" : null;

    protected async Task HandleAsync(string form, Task<Outcome<MeetingDetails>> change)
    {
        var outcome = await change;
        if (outcome.Succeeded)
        {
            await Changed.InvokeAsync(outcome.Value!);
            return;
        }
        FailedForm = form;
        Errors = outcome.Errors;
        IsConflict = outcome.Kind == OutcomeKind.Conflict;
        Message = outcome.Detail ?? (outcome.Errors.Count > 0 ? "Check the highlighted field." : null);
        // After a conflict, show what is saved now (and its version) next to what this person typed.
        if (IsConflict && await Queries.MeetingAsync(Meeting.Id, Http.RequestAborted) is { } current) await Changed.InvokeAsync(current);
    }
}
