using Tandem.Features.Calibration;
using Tandem.Features.Goals;
using Tandem.Features.People;
using Tandem.Features.Reviews;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's reviews: last quarter's ratings-free conversation, finished (released and acknowledged), and a year-end
/// check with ratings in its manager-review phase — self reviews in, peer reviews of Priya by her teammates (and hers of
/// one of them), Daniel's review of Priya drafted — so that a new user sees both ends of a cycle. Before it, the previous
/// half-year's check went through calibration: Engineering's session moved a few ratings (each with its reason), placed
/// everyone on the 9-box, and its final ratings were released.
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
            Review(now, ReviewKind.Self, person.Id, i % 5 == 4 ? [] : HalfYear(i, 3 + i % 3), i % 5 == 4 ? ReviewState.NotStarted : ReviewState.Submitted, score: 3 + i % 3);
            if (person.ManagerId is { } reviewer)
                Review(now, ReviewKind.Manager, reviewer, person.Id == priya.Id ? HalfYear(1, 4) : [], person.Id == priya.Id ? ReviewState.Draft : ReviewState.NotStarted);
        }
        PeerReviews(open, inOpen, priya, [.. active.Where(p => p.ManagerId == priya.ManagerId && p.Id != priya.Id).Take(3)]);
        Calibrated(halfYear, halfStart, active, priya);
        return db.SaveChangesAsync(ct);
    }

    private static readonly string[] RaisedBecause =
    [
        "Led the incident review for the March outage and drove all five follow-ups to done; her goal scores support a 4.",
        "Took over the escalations queue mid-half and cut the oldest open ticket from 40 to 9 days: more than the proposal credits.",
    ];

    private static readonly string[] LoweredBecause =
    [
        "Two of the three goals slipped to next half and the peers describe the same gap; a 3 matches others with similar results.",
    ];

    // The previous half-year, calibrated and released: everyone with a manager rated, Engineering calibrated in one session.
    private void Calibrated(ReviewTemplate template, DateOnly currentHalf, List<Person> active, Person priya)
    {
        var start = currentHalf.AddMonths(-6);
        var end = currentHalf.AddDays(-1);
        var cycle = Cycle($"{start.Year} {(start.Month == 1 ? "first" : "second")}-half check", CycleKind.HalfYear, start, end, template.Id, CyclePhase.Closed,
            end.AddDays(7));
        cycle.Calibration = true;
        cycle.Dates.CalibrationDue = cycle.Dates.ManagerReviewDue.AddDays(3);
        var released = new DateTimeOffset(end.AddDays(25).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var engineering = priya.DepartmentId;
        var session = new CalibrationSession
        {
            Id = Ids.New(time), CycleId = cycle.Id, Name = "Engineering calibration", Scale = template.Scale,
            Group = new SessionGroup { Kind = GroupKind.Departments, Ids = engineering is { } d ? [d] : [] },
            Guideline = new RatingGuideline { Shares = [5, 15, 50, 25, 5] },
        };
        db.CalibrationSessions.Add(session);
        var hr = active.Single(p => p.Email == DemoOrganization.HrAdminEmail);
        var (raised, lowered, movedPotential) = (0, 0, false);
        for (var i = 0; i < active.Count; i++)
        {
            var person = active[i];
            if (person.ManagerId is not { } manager) continue;
            var participant = Participant(cycle, person, template);
            participant.ReleasedAt = released;
            participant.AcknowledgedAt = released.AddDays(2);
            Review(participant, ReviewKind.Self, person.Id, HalfYear(i + 2, 3 + i % 2), ReviewState.Submitted, score: 3 + i % 2);
            var proposed = person.Id == priya.Id ? 3 : 2 + i % 3 + (i % 7 == 0 ? 1 : 0);
            // The manager's view of potential mostly follows the rating, not always.
            var proposedPotential = person.Id == priya.Id ? 3 : Math.Clamp(proposed - 2 + (i % 5 == 0 ? 1 : 0) - (i % 6 == 0 ? 1 : 0), 1, 3);
            Review(participant, ReviewKind.Manager, manager, [.. HalfYear(i, proposed), new("s4q1", null, proposedPotential)], ReviewState.Submitted, score: proposed);
            if (person.DepartmentId != engineering) continue;
            // Priya and one more go up, one comes down; the rest stay as proposed.
            var final = proposed;
            string? reason = null;
            if ((person.Id == priya.Id || (proposed == 3 && raised == 1)) && raised < RaisedBecause.Length) { final = proposed + 1; reason = RaisedBecause[raised++]; }
            else if (proposed == 4 && lowered < LoweredBecause.Length && i % 2 == 1) { final = 3; reason = LoweredBecause[lowered++]; }
            // One placement on the 9-box moves too: a high performer who said in their plan that they want to stay a specialist.
            var potential = proposedPotential == 3 && person.Id != priya.Id && !movedPotential ? 2 : proposedPotential;
            var entry = new CalibrationEntry
            {
                Id = Ids.New(time), SessionId = session.Id, CycleId = cycle.Id, ParticipantId = participant.Id, PersonId = person.Id, ManagerId = manager,
                ProposedScore = proposed, ProposedRating = proposed, Rating = final, ProposedPotential = proposedPotential, Potential = potential,
                UpdatedAt = released.AddDays(-5), Version = 1,
            };
            db.CalibrationEntries.Add(entry);
            if (reason is not null) Change(entry, CalibrationField.Rating, proposed, final, reason, hr.Id, released.AddDays(-5));
            if (potential != proposedPotential)
            {
                movedPotential = true;
                Change(entry, CalibrationField.Potential, proposedPotential, potential,
                    "Strong results, and the development plan says they want to grow as a specialist rather than take on a team: moderate for now.", manager,
                    released.AddDays(-5));
            }
        }
        foreach (var manager in active.Where(p => p.DepartmentId == engineering && active.Any(r => r.ManagerId == p.Id)))
            db.CalibrationParticipants.Add(new CalibrationParticipant { SessionId = session.Id, PersonId = manager.Id });
    }

    private void Change(CalibrationEntry entry, CalibrationField field, int? from, int to, string reason, Guid by, DateTimeOffset at) =>
        db.CalibrationChanges.Add(new CalibrationChange
        {
            Id = Ids.New(time), SessionId = entry.SessionId, EntryId = entry.Id, PersonId = entry.PersonId, ById = by, At = at, Field = field, From = from, To = to,
            Reason = reason,
        });

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

    private void Review(ReviewParticipant participant, ReviewKind kind, Guid writer, List<ReviewAnswer> answers, ReviewState state, double? score = null) =>
        db.Reviews.Add(new Review
        {
            Id = Ids.New(time), CycleId = participant.CycleId, ParticipantId = participant.Id, SubjectId = participant.PersonId, WriterId = writer, Kind = kind,
            State = state, Answers = new ReviewAnswers { Items = answers }, SubmittedAt = state == ReviewState.Submitted ? time.GetUtcNow().AddDays(-45) : null,
            Score = state == ReviewState.Submitted ? score : null,
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
