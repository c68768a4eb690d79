using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// Opening a cycle writes everything it asks for at once — a participant per person, their self review, the manager
/// review (by their manager), and an upward review from each of their reports when the cycle has them — in bulk, so
/// that a cycle over 100,000 people opens in seconds. Late joiners are added the same way; leavers are excluded.
/// </summary>
public sealed class CycleOpening(TandemDb db, CurrentUser me, Reach reach, TimeProvider time)
{
    private const string HrOnly = "HR admins run review cycles.";

    public async Task<Outcome<int>> OpenAsync(Guid id, AdvanceInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        if (cycle.Phase != CyclePhase.Draft) return Failure.Conflict("This cycle is open already.");
        if (input.Version != cycle.Version) return Failure.Conflict("Someone else changed this cycle in the meantime. Reload it to see what changed.");
        var people = await CyclePopulation.People(db, reach, cycle.Population).AsNoTracking()
            .Select(p => new Member(p.Id, p.ManagerId, p.DepartmentId)).ToListAsync(ct);
        if (people.Count == 0) return Failure.Conflict("Nobody is in this cycle: check who it takes in before opening it.");

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        cycle.Phase = CyclePhase.SelfReview;
        cycle.OpenedAt = now;
        cycle.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Someone else opened or changed this cycle in the meantime.");
        }
        var reports = await ReportsAsync(cycle.UpwardReviews ? people.Select(p => p.Id) : [], ct);
        await WriteAsync(cycle, people, reports, joinedLate: false, now, ct);
        await transaction.CommitAsync(ct);
        return people.Count;
    }

    /// <summary>Adds someone to an open cycle: a late joiner gets the same reviews as everyone else.</summary>
    public async Task<Outcome<int>> AddAsync(Guid id, ParticipantInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        if (cycle.Phase is CyclePhase.Draft) return Failure.Conflict("The cycle isn't open yet: change who it takes in instead.");
        if (cycle.Phase >= CyclePhase.Released) return Failure.Conflict("This cycle's reviews are released: it takes in nobody new.");
        var person = await db.People.AsNoTracking().Where(p => p.Id == input.PersonId)
            .Select(p => new { Member = new Member(p.Id, p.ManagerId, p.DepartmentId), p.Status }).SingleOrDefaultAsync(ct);
        if (person is null) return Failure.Invalid(nameof(input.PersonId), "Choose someone of this organisation.");
        if (person.Status == PersonStatus.Left) return Failure.Invalid(nameof(input.PersonId), "This person has left the organisation.");
        var existing = await db.ReviewParticipants.SingleOrDefaultAsync(p => p.CycleId == id && p.PersonId == input.PersonId, ct);
        if (existing is { Status: ParticipantStatus.Active }) return Failure.Invalid(nameof(input.PersonId), "This person is in the cycle already.");
        if (existing is not null)
        {
            existing.Status = ParticipantStatus.Active;
            await db.SaveChangesAsync(ct);
            return 1;
        }
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var reports = await ReportsAsync(cycle.UpwardReviews ? [input.PersonId] : [], ct);
        await WriteAsync(cycle, [person.Member], reports, joinedLate: true, now, ct);
        await transaction.CommitAsync(ct);
        return 1;
    }

    /// <summary>Takes someone out of a cycle (they left, or HR decides): their reviews are no longer asked for, and stay.</summary>
    public async Task<Outcome<int>> ExcludeAsync(Guid id, Guid personId, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        if (!await db.ReviewCycles.AnyAsync(c => c.Id == id, ct)) return Failure.NotFound("No such cycle.");
        var changed = await db.ReviewParticipants.Where(p => p.CycleId == id && p.PersonId == personId && p.Status == ParticipantStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParticipantStatus.Excluded).SetProperty(p => p.UpdatedAt, time.GetUtcNow()), ct);
        return changed == 0 ? Failure.NotFound("This person is not in the cycle.") : changed;
    }

    private async Task WriteAsync(ReviewCycle cycle, List<Member> people, ILookup<Guid, Guid> reports, bool joinedLate, DateTimeOffset now, CancellationToken ct)
    {
        var participants = new List<ReviewParticipant>(people.Count);
        var reviews = new List<Review>(people.Count * 2);
        foreach (var person in people)
        {
            var participant = new ReviewParticipant
            {
                Id = Ids.New(time), CycleId = cycle.Id, PersonId = person.Id, ReviewerId = person.ManagerId,
                TemplateId = CyclePopulation.TemplateFor(cycle, person.DepartmentId), JoinedLate = joinedLate,
            };
            participants.Add(participant);
            reviews.Add(NewReview(participant, ReviewKind.Self, person.Id));
            if (person.ManagerId is { } manager) reviews.Add(NewReview(participant, ReviewKind.Manager, manager));
            foreach (var report in reports[person.Id]) reviews.Add(NewReview(participant, ReviewKind.Upward, report));
        }
        await db.InsertAsync(participants, now, ct);
        await db.InsertAsync(reviews, now, ct);
        if (!joinedLate) await db.InsertAsync(OpenedNotices(cycle, people, await NoticeRouting.ForOrganizationAsync(db, NoticeKind.ReviewCycleOpened, ct), now), now, ct);
        else await NotificationService.AddAsync(db, time, NoticeKind.ReviewCycleOpened, people[0].Id, $"You are in the review cycle “{cycle.Name}”: start with your self review.", "/reviews", ct);
        await db.SaveChangesAsync(ct);
    }

    // Everyone hears that their self review is open; managers also hear once, with their team's count.
    private IEnumerable<Notification> OpenedNotices(ReviewCycle cycle, List<Member> people, NoticeRouting routing, DateTimeOffset now) =>
        people.Select(p => routing.New(time, now, p.Id, $"“{cycle.Name}” is open: your self review is due {cycle.Dates.SelfReviewDue:d MMM}.", "/reviews"))
            .Concat(people.Where(p => p.ManagerId is not null).GroupBy(p => p.ManagerId!.Value).Select(team => routing.New(time, now, team.Key,
                $"The review cycle “{cycle.Name}” is open: {team.Count()} of your reports start with their self reviews.", "/reviews")));

    // Each manager's reports who have not left: by the managers' ids for a few, or one pass over the organisation for many.
    private async Task<ILookup<Guid, Guid>> ReportsAsync(IEnumerable<Guid> managers, CancellationToken ct)
    {
        var set = managers.ToHashSet();
        if (set.Count == 0) return Array.Empty<Guid>().ToLookup(id => id);
        var people = db.People.AsNoTracking().Where(p => p.ManagerId != null && p.Status != PersonStatus.Left);
        if (set.Count <= 100) people = people.Where(p => set.Contains(p.ManagerId!.Value));
        var edges = await people.Select(p => new { p.Id, Manager = p.ManagerId!.Value }).ToListAsync(ct);
        return edges.Where(e => set.Contains(e.Manager)).ToLookup(e => e.Manager, e => e.Id);
    }

    private Review NewReview(ReviewParticipant participant, ReviewKind kind, Guid writer) => new()
    {
        Id = Ids.New(time), CycleId = participant.CycleId, ParticipantId = participant.Id, SubjectId = participant.PersonId, WriterId = writer, Kind = kind,
    };

    private sealed record Member(Guid Id, Guid? ManagerId, Guid? DepartmentId);
}
