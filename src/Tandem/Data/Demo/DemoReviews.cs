using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Features.Reviews;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's reviews: last quarter's ratings-free conversation, finished (released and acknowledged), and a year-end
/// check with ratings in its manager-review phase — self reviews in, peer reviews of Priya by her teammates (and hers of
/// one of them), Daniel's review of Priya drafted — so that a new user sees both ends of a cycle.
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

    private static readonly string[] PeerWords =
    [
        "Keeps our design reviews short and concrete: she brings a one-page proposal and asks for the riskiest assumption first. Could share drafts a day earlier.",
        "Unblocked me twice on the billing API by pairing for an hour instead of answering in chat. Would love her to write more of that down for the team.",
        "Runs the on-call handover so nothing falls through; next I'd like to see them lead one of the planning sessions.",
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
        var inOpen = new Dictionary<Guid, ReviewParticipant>();
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
            inOpen[person.Id] = now;
            Review(now, ReviewKind.Self, person.Id, i % 5 == 4 ? [] : HalfYear(i, 3 + i % 3), i % 5 == 4 ? ReviewState.NotStarted : ReviewState.Submitted);
            if (person.ManagerId is { } reviewer)
                Review(now, ReviewKind.Manager, reviewer, person.Id == priya.Id ? HalfYear(1, 4) : [], person.Id == priya.Id ? ReviewState.Draft : ReviewState.NotStarted);
        }
        PeerReviews(open, inOpen, priya, [.. active.Where(p => p.ManagerId == priya.ManagerId && p.Id != priya.Id).Take(3)]);
        return db.SaveChangesAsync(ct);
    }

    // Three teammates review Priya (two have written theirs), and she reviews the first of them.
    private void PeerReviews(ReviewCycle cycle, Dictionary<Guid, ReviewParticipant> participants, Person priya, List<Person> teammates)
    {
        cycle.PeerReviews = true;
        cycle.Dates.NominationDue = cycle.Dates.SelfReviewDue.AddDays(3);
        cycle.Dates.PeerReviewDue = cycle.Dates.SelfReviewDue.AddDays(6);
        for (var i = 0; i < teammates.Count; i++)
        {
            db.PeerNominations.Add(new PeerNomination
            {
                Id = Ids.New(time), CycleId = cycle.Id, SubjectId = priya.Id, PeerId = teammates[i].Id, Status = NominationStatus.Approved,
                CreatedAt = time.GetUtcNow().AddDays(-12),
            });
            Review(participants[priya.Id], ReviewKind.Peer, teammates[i].Id, i < 2 ? [new("s3q1", PeerWords[i], null)] : [], i < 2 ? ReviewState.Submitted : ReviewState.NotStarted);
        }
        if (teammates.Count == 0) return;
        db.PeerNominations.Add(new PeerNomination
        {
            Id = Ids.New(time), CycleId = cycle.Id, SubjectId = teammates[0].Id, PeerId = priya.Id, Status = NominationStatus.Approved, CreatedAt = time.GetUtcNow().AddDays(-12),
        });
        Review(participants[teammates[0].Id], ReviewKind.Peer, priya.Id, [new("s3q1", PeerWords[2], null)], ReviewState.Submitted);
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
