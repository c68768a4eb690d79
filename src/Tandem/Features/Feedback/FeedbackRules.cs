namespace Tandem.Features.Feedback;

/// <summary>Limits of feedback, shared by the service, the forms and the EF configuration.</summary>
public static class FeedbackRules
{
    public const int TextMax = 10_000;
    public const int PartMax = 2_000;
    public const int ThemeMax = 60;
    public const int PromptsMax = 2_000;
    public const int RecipientsMax = 20;
    public const int ValuesMax = 5;
    /// <summary>Days before the due date when people who have not answered a request are reminded.</summary>
    public const int RemindDaysBefore = 2;

    /// <summary>Prompts people can start a request from, in our own words.</summary>
    public static readonly IReadOnlyList<string> PromptTemplates =
    [
        "What is one thing I do that helps you most, and one thing I could do differently?",
        "Think of a recent piece of work we did together: what worked, and what would you change next time?",
        "What should I keep doing, start doing, and stop doing?",
        "Where have you seen me grow over the last few months, and where do you think I could stretch next?",
    ];
}
