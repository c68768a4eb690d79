using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Features.Reviews;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's reviews: last quarter's ratings-free conversation, finished (released and acknowledged), and a year-end
/// check with ratings in its manager-review phase — self reviews in, Daniel's review of Priya drafted — so that a new
/// user sees both ends of a cycle.
/// </summary>
public sealed class DemoReviews(TandemDb db, TimeProvider time)
{
    private static readonly string[] LookingBack =
    [
        "Moved the team's deploys to one a day by cutting the release checklist to what actually caught problems.",
        "Took over the customer escalations queue and brought the oldest open ticket from 40 days to 9.",
        "Paired with two new joiners for their first month; both shipped a change in their first week.",
        "Wrote the incident review for the March outage and drove its five follow-ups to done.",
    ];

    private static readonly string[] LookingAhead =
    [
        "Lead the design of the next integration end to end, with a written plan reviewed before building.",
        "Run one of the weekly planning sessions each month to practise facilitation.",
        "Cut the time our nightly jobs take by half, measured on the dashboard we share.",
    ];

    public Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var conversation = Template("conversation");
        var halfYear = Template("half-year");
        var (_, lastStart, lastEnd) = GoalPeriods.QuarterOf(today.AddMonths(-3));
        var finished = Cycle("Last quarter's conversation", CycleKind.Quarterly, lastStart, lastEnd, conversation.Id, CyclePhase.Closed, lastEnd.AddDays(7));
        var halfStart = new DateOnly(today.Year, today.Month > 6 ? 7 : 1, 1);
        var open = Cycle($"{today.Year} second-half check", CycleKind.HalfYear, halfStart, halfStart.AddMonths(6).AddDays(-1), halfYear.Id, CyclePhase.ManagerReview,
            today.AddDays(-7));
        var active = people.Where(p => p.Status != PersonStatus.Left).ToList();
        var priya = people.Single(p => p.Email == DemoOrganization.EmployeeEmail);
        var released = time.GetUtcNow().AddDays(-40);
        for (var i = 0; i < active.Count; i++)
        {
            var person = active[i];
            var past = Participant(finished, person, conversation);
            past.ReleasedAt = released;
            past.AcknowledgedAt = released.AddDays(3);
            past.AcknowledgementComment = person.Id == priya.Id ? "We agreed I take the lead on the next integration; thanks for the concrete examples." : null;
            Review(past, ReviewKind.Self, person.Id, Conversation(i), ReviewState.Submitted);
            if (person.ManagerId is { } manager) Review(past, ReviewKind.Manager, manager, Conversation(i + 1), ReviewState.Submitted);

            var now = Participant(open, person, halfYear);
            Review(now, ReviewKind.Self, person.Id, i % 5 == 4 ? [] : HalfYear(i, 3 + i % 3), i % 5 == 4 ? ReviewState.NotStarted : ReviewState.Submitted);
            if (person.ManagerId is { } reviewer)
                Review(now, ReviewKind.Manager, reviewer, person.Id == priya.Id ? HalfYear(1, 4) : [], person.Id == priya.Id ? ReviewState.Draft : ReviewState.NotStarted);
        }
        return db.SaveChangesAsync(ct);
    }

    private ReviewTemplate Template(string key)
    {
        var template = ReviewTemplates.New(Ids.New(time), StarterTemplates.Find(key)!.Template);
        db.ReviewTemplates.Add(template);
        return template;
    }

    private ReviewCycle Cycle(string name, CycleKind kind, DateOnly start, DateOnly end, Guid template, CyclePhase phase, DateOnly selfDue)
    {
        var cycle = new ReviewCycle
        {
            Id = Ids.New(time), Name = name, Kind = kind, PeriodStart = start, PeriodEnd = end, TemplateId = template, Phase = phase,
            OpenedAt = time.GetUtcNow(),
            Dates = new PhaseDates
            {
                SelfReviewDue = selfDue, ManagerReviewDue = selfDue.AddDays(14), ReleaseOn = selfDue.AddDays(21), AcknowledgeDue = selfDue.AddDays(28),
            },
        };
        db.ReviewCycles.Add(cycle);
        return cycle;
    }

    private ReviewParticipant Participant(ReviewCycle cycle, Person person, ReviewTemplate template)
    {
        var participant = new ReviewParticipant { Id = Ids.New(time), CycleId = cycle.Id, PersonId = person.Id, ReviewerId = person.ManagerId, TemplateId = template.Id };
        db.ReviewParticipants.Add(participant);
        return participant;
    }

    private void Review(ReviewParticipant participant, ReviewKind kind, Guid writer, List<ReviewAnswer> answers, ReviewState state) =>
        db.Reviews.Add(new Review
        {
            Id = Ids.New(time), CycleId = participant.CycleId, ParticipantId = participant.Id, SubjectId = participant.PersonId, WriterId = writer, Kind = kind,
            State = state, Answers = new ReviewAnswers { Items = answers }, SubmittedAt = state == ReviewState.Submitted ? time.GetUtcNow().AddDays(-45) : null,
        });

    // The starter templates' question keys: "conversation" s1 looking back, s2 looking ahead; "half-year" s1 progress, s2 second half.
    private static List<ReviewAnswer> Conversation(int i) =>
    [
        new("s1q1", LookingBack[i % LookingBack.Length], null),
        new("s2q1", LookingAhead[i % LookingAhead.Length], null),
    ];

    private static List<ReviewAnswer> HalfYear(int i, int rating) =>
    [
        new("s1q2", null, rating),
        new("s1q3", LookingBack[(i + 2) % LookingBack.Length], null),
        new("s2q1", LookingAhead[(i + 1) % LookingAhead.Length], null),
    ];
}
