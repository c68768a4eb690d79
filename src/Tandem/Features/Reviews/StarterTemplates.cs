namespace Tandem.Features.Reviews;

/// <summary>The library of starter templates HR can add and adapt: short, forward-looking, and one without ratings.</summary>
public static class StarterTemplates
{
    private const ReviewWriters SelfAndManager = ReviewWriters.Self | ReviewWriters.Manager;
    private static readonly string[] FivePoints = ["Not there yet", "Getting there", "Solid", "Strong", "Exceptional"];

    public static IReadOnlyList<StarterTemplate> All { get; } =
    [
        new("conversation", "A ratings-free quarterly conversation: what worked, what got in the way, what comes next.", new(
            "Quarterly conversation", "No ratings: a short, honest look back and a clear look ahead.", null, [],
            [
                new("Looking back", SelfAndManager,
                [
                    new(QuestionKind.Text, "What went well this period, and what made it work?", "Name one or two results and the behaviour behind them.", true),
                    new(QuestionKind.Text, "What got in the way, and what would you do differently?"),
                ]),
                new("Looking ahead", SelfAndManager,
                [
                    new(QuestionKind.ForwardLooking, "What will you focus on next?", "One to three things, each with what done looks like.", true),
                    new(QuestionKind.ForwardLooking, "What support do you need, and from whom?"),
                ]),
                new("From a colleague", ReviewWriters.Peer,
                [
                    new(QuestionKind.Text, "What does this person do that you would like them to keep doing?", "A moment you saw, and what it changed.", true),
                    new(QuestionKind.Text, "What one change would make working with them even better?"),
                ]),
                new("About your manager", ReviewWriters.Upward,
                [
                    new(QuestionKind.Text, "What does your manager do that helps you do your best work?", null, true),
                    new(QuestionKind.Text, "What could they do more of, or differently?"),
                ]),
            ])),
        new("annual", "An annual review with an overall score: goals 60, capabilities 30, self 10.", new(
            "Annual review", "Goals and capabilities rated on a five-point scale, with an overall score and a plan for the year ahead.", null, FivePoints,
            [
                new("Goals", SelfAndManager,
                [
                    new(QuestionKind.GoalScores, "How far did each goal of the period get?", "Score what was achieved, not the effort.", true),
                    new(QuestionKind.Text, "Which result mattered most, and why?"),
                ], 60),
                new("Capabilities", ReviewWriters.Manager,
                [
                    new(QuestionKind.Competencies, "Where does each capability of the role stand today?", "Rate what you have seen this year; cite it.", true),
                ], 30),
                new("Overall", ReviewWriters.Self,
                [
                    new(QuestionKind.Rating, "Overall, how did your year go?", null, true),
                ]),
                new("The year ahead", SelfAndManager,
                [
                    new(QuestionKind.ForwardLooking, "What will you focus on next year?", null, true),
                    new(QuestionKind.ForwardLooking, "What would help you grow toward where you want to go?"),
                ]),
                new("About your manager", ReviewWriters.Upward,
                [
                    new(QuestionKind.Rating, "My manager helps me do my best work.", null, true),
                    new(QuestionKind.Text, "What could they do more of, or differently?"),
                ]),
            ], 10)),
        new("half-year", "A half-year check with ratings and no overall score.", new(
            "Half-year check", "Where things stand halfway through the year, and what to change for the second half.", null, FivePoints,
            [
                new("Progress", SelfAndManager,
                [
                    new(QuestionKind.GoalScores, "How far has each goal got so far?"),
                    new(QuestionKind.Rating, "How is the year going so far?", null, true),
                    new(QuestionKind.Text, "What is going well, and what is not?", null, true),
                ]),
                new("Second half", SelfAndManager,
                [
                    new(QuestionKind.ForwardLooking, "What should change for the second half?", null, true),
                ]),
                new("From a colleague", ReviewWriters.Peer,
                [
                    new(QuestionKind.Text, "What is one thing this person does well, and one thing they could try?", null, true),
                ]),
                new("For calibration", ReviewWriters.Manager,
                [
                    new(QuestionKind.Potential, "How much further could they grow in the next year or two?",
                        "Judge from what they have shown: taking on more, learning fast, lifting others. They don't see this answer."),
                ]),
            ])),
        new("probation", "The end of a probation period: is the role working out, for both sides?", new(
            "Probation review", "For people at the end of their probation: how settling in went and whether the role is confirmed.", null,
            ["Not yet", "On track", "Confirmed"],
            [
                new("Settling in", SelfAndManager,
                [
                    new(QuestionKind.Text, "How has settling in gone? What helped, and what was missing?", null, true),
                    new(QuestionKind.Rating, "Is the role working out?", "Confirmed means the probation ends successfully.", true),
                ]),
                new("Next months", SelfAndManager,
                [
                    new(QuestionKind.ForwardLooking, "What should the next three months focus on?", null, true),
                    new(QuestionKind.ForwardLooking, "What support is needed to get there?"),
                ]),
            ])),
    ];

    public static StarterTemplate? Find(string key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
