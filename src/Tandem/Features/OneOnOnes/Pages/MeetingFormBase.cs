using Microsoft.AspNetCore.Components;
using Tandem.Http;

namespace Tandem.Features.OneOnOnes.Pages;

/// <summary>
/// What the meeting page's small forms share: the meeting, a callback with the fresh meeting after a change,
/// the errors of the last post (shown next to the fields, which keep what was typed) and what a successful post did.
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
    /// <summary>The form whose post failed, so only it shows the errors.</summary>
    protected string? FailedForm { get; private set; }
    /// <summary>The form whose post succeeded, and what it did.</summary>
    protected (string Form, string Text)? Done { get; private set; }

    protected IReadOnlyDictionary<string, string[]>? ErrorsOf(string form) => FailedForm == form ? Errors : null;

    protected string? DoneOf(string form) => Done is { } done && done.Form == form ? done.Text : null;

    /// <param name="form">The form's name.</param>
    /// <param name="change">The service call.</param>
    /// <param name="saved">Runs after a success, before the meeting is shown again: the posted form starts afresh.</param>
    /// <param name="done">What to tell the person after a success, when the change itself is not plain to see.</param>
    /// <param name="hasFields">False for a form that is only a button: a refusal's reasons are its message, not a field's.</param>
    protected async Task HandleAsync(string form, Task<Outcome<MeetingDetails>> change, Action? saved = null, string? done = null,
        bool hasFields = true)
    {
        var outcome = await change;
        if (outcome.Succeeded)
        {
            (FailedForm, Errors, Message, IsConflict) = (null, null, null, false);
            Done = done is null ? null : (form, done);
            saved?.Invoke();
            await Changed.InvokeAsync(outcome.Value!);
            return;
        }
        FailedForm = form;
        Errors = outcome.Errors;
        IsConflict = outcome.Kind == OutcomeKind.Conflict;
        Message = outcome.Detail ?? (outcome.Errors.Count == 0 ? null
            : hasFields ? "Check the highlighted field." : string.Join(" ", outcome.Errors.Values.SelectMany(m => m)));
        // After a conflict, show what is saved now (and its version) next to what this person typed.
        if (IsConflict && await Queries.MeetingAsync(Meeting.Id, Http.RequestAborted) is { } current) await Changed.InvokeAsync(current);
    }
}
