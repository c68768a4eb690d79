using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>HR's side of review cycles: set up, preview, move from phase to phase.</summary>
public sealed class ReviewCycles(TandemDb db, CurrentUser me, Reach reach, PeerNominations nominations, TimeProvider time)
{
    public const int PreviewRows = 200;
    private const string HrOnly = "HR admins run review cycles.";

    public async Task<List<CycleSummary>> ListAsync(CancellationToken ct)
    {
        if (!me.IsHrAdmin) return [];
        var rows = await db.ReviewCycles.AsNoTracking().OrderByDescending(c => c.PeriodEnd).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Kind, c.PeriodStart, c.PeriodEnd, c.Phase, People = db.ReviewParticipants.Count(p => p.CycleId == c.Id) })
            .ToListAsync(ct);
        return [.. rows.Select(c => new CycleSummary(c.Id, c.Name, c.Kind, c.PeriodStart, c.PeriodEnd, c.Phase, ReviewRules.Label(c.Phase), c.People))];
    }

    public async Task<CycleInfo?> GetAsync(Guid id, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return null;
        var row = await db.ReviewCycles.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            Cycle = c,
            Template = db.ReviewTemplates.Where(t => t.Id == c.TemplateId).Select(t => t.Name).First(),
            People = db.ReviewParticipants.Count(p => p.CycleId == c.Id && p.Status == ParticipantStatus.Active),
        }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var c = row.Cycle;
        return new CycleInfo(c.Id, c.Name, c.Kind, c.PeriodStart, c.PeriodEnd, c.Population, c.TemplateId, row.Template, c.DepartmentTemplates.Items,
            c.PeerReviews, c.UpwardReviews, c.Calibration, c.Phase, ReviewRules.Label(c.Phase), ReviewRules.Next(c), ReviewRules.Phases(c), c.Dates,
            c.OpenedAt, row.People, c.Version);
    }

    public async Task<Outcome<CycleInfo>> CreateAsync(CycleInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var errors = await CycleCheck.ErrorsAsync(db, input, null, ct);
        if (errors.Any) return errors.ToFailure();
        var cycle = new ReviewCycle { Id = Ids.New(time), Name = input.Name.Trim(), Phase = CyclePhase.Draft };
        Fill(cycle, input);
        db.ReviewCycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycle.Id, ct))!;
    }

    public async Task<Outcome<CycleInfo>> UpdateAsync(Guid id, CycleInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        if (cycle.Phase == CyclePhase.Closed) return Failure.Conflict("This cycle is closed: it can no longer change.");
        var errors = await CycleCheck.ErrorsAsync(db, input, id, ct);
        if (cycle.Phase != CyclePhase.Draft) FixedOnceOpen(cycle, input, errors);
        if (errors.Any) return errors.ToFailure();
        if (input.Version != cycle.Version) return Stale();
        cycle.Name = input.Name.Trim();
        Fill(cycle, input);
        cycle.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return (await GetAsync(id, ct))!;
    }

    public async Task<Outcome<CyclePreview>> PreviewAsync(Guid id, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        var people = CyclePopulation.People(db, reach, cycle.Population);
        var total = await people.CountAsync(ct);
        var withoutManager = await people.CountAsync(p => p.ManagerId == null, ct);
        var upward = cycle.UpwardReviews
            ? await people.SelectMany(p => db.People.Where(r => r.ManagerId == p.Id && r.Status != PersonStatus.Left)).CountAsync(ct)
            : 0;
        var templates = await db.ReviewTemplates.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var rows = await people.OrderBy(p => p.NameKey).Take(PreviewRows).Select(p => new
        {
            p.Id, p.Name, p.DepartmentId, Department = p.Department!.Name, p.ManagerId, Manager = p.Manager!.Name,
            Upward = cycle.UpwardReviews ? db.People.Count(r => r.ManagerId == p.Id && r.Status != PersonStatus.Left) : 0,
        }).ToListAsync(ct);
        var warnings = new List<string>();
        if (total == 0) warnings.Add("Nobody is in this cycle yet: check who it takes in.");
        if (withoutManager > 0) warnings.Add($"{withoutManager} {(withoutManager == 1 ? "person has" : "people have")} no manager: nobody writes their manager review.");
        var leftManagers = await people.CountAsync(p => p.Manager != null && p.Manager.Status == PersonStatus.Left, ct);
        if (leftManagers > 0) warnings.Add($"{leftManagers} {(leftManagers == 1 ? "person's manager has" : "people's managers have")} left: give them a new manager first.");
        return new CyclePreview(total, total - withoutManager, upward, withoutManager,
            [.. rows.Select(r => new PreviewRow(r.Id, r.Name, r.Department, r.ManagerId, r.Manager,
                templates.GetValueOrDefault(CyclePopulation.TemplateFor(cycle, r.DepartmentId), ""), r.Upward))],
            warnings);
    }

    /// <summary>
    /// Moves the cycle on. Into peer reviews: nominations the manager did not act on stand approved. Into release: every
    /// submitted manager review is released (people without a manager too); managers release late ones themselves.
    /// </summary>
    public async Task<Outcome<CycleInfo>> AdvanceAsync(Guid id, AdvanceInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        if (cycle.Phase == CyclePhase.Draft) return Failure.Conflict("Open the cycle first: opening it starts the self reviews.");
        if (ReviewRules.Next(cycle) is not { } next) return Failure.Conflict("This cycle is closed.");
        if (input.Version != cycle.Version) return Stale();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        cycle.Phase = next;
        cycle.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        if (next == CyclePhase.PeerReview) await nominations.ApproveStandingAsync(id, ct);
        if (next == CyclePhase.Released)
        {
            var submitted = db.Reviews.Where(r => r.CycleId == id && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted).Select(r => r.ParticipantId);
            await db.ReviewParticipants
                .Where(p => p.CycleId == id && p.Status == ParticipantStatus.Active && p.ReleasedAt == null && (p.ReviewerId == null || submitted.Contains(p.Id)))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReleasedAt, now), ct);
        }
        await PhaseNotices.AddAsync(db, time, cycle, next, now, ct);
        await transaction.CommitAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    private static Failure Stale() => Failure.Conflict("Someone else changed this cycle in the meantime. Reload it to see what changed.");

    private static void FixedOnceOpen(ReviewCycle cycle, CycleInput input, FieldErrors errors)
    {
        const string open = "can't change once the cycle is open";
        if (input.Kind != cycle.Kind) errors.Add(nameof(input.Kind), $"The kind {open}.");
        if (input.PeriodStart != cycle.PeriodStart || input.PeriodEnd != cycle.PeriodEnd) errors.Add(nameof(input.PeriodStart), $"The period {open}.");
        if (input.Population is { } p && (p.Kind != cycle.Population.Kind || !(p.Ids ?? []).SequenceEqual(cycle.Population.Ids)
                                          || p.StartedFrom != cycle.Population.StartedFrom || p.StartedTo != cycle.Population.StartedTo))
            errors.Add(nameof(input.Population), $"Who is in it {open}: add or exclude people instead.");
        if (input.TemplateId != cycle.TemplateId || !(input.DepartmentTemplates ?? []).SequenceEqual(cycle.DepartmentTemplates.Items))
            errors.Add(nameof(input.TemplateId), $"The templates {open}: its reviews answer their questions.");
        if (input.PeerReviews != cycle.PeerReviews || input.UpwardReviews != cycle.UpwardReviews || input.Calibration != cycle.Calibration)
            errors.Add(nameof(input.PeerReviews), $"Which phases it has {open}.");
    }

    private static void Fill(ReviewCycle cycle, CycleInput input)
    {
        cycle.Kind = input.Kind;
        cycle.PeriodStart = input.PeriodStart;
        cycle.PeriodEnd = input.PeriodEnd;
        cycle.Population = new Population
        {
            Kind = input.Population.Kind, Ids = [.. (input.Population.Ids ?? []).Distinct()],
            StartedFrom = input.Population.Kind == PopulationKind.StartedBetween ? input.Population.StartedFrom : null,
            StartedTo = input.Population.Kind == PopulationKind.StartedBetween ? input.Population.StartedTo : null,
        };
        cycle.TemplateId = input.TemplateId;
        cycle.DepartmentTemplates = new DepartmentTemplates { Items = [.. input.DepartmentTemplates ?? []] };
        cycle.PeerReviews = input.PeerReviews;
        cycle.UpwardReviews = input.UpwardReviews;
        cycle.Calibration = input.Calibration;
        var d = input.Dates;
        cycle.Dates = new PhaseDates
        {
            SelfReviewDue = d.SelfReviewDue,
            NominationDue = input.PeerReviews ? d.NominationDue : null,
            PeerReviewDue = input.PeerReviews || input.UpwardReviews ? d.PeerReviewDue : null,
            ManagerReviewDue = d.ManagerReviewDue,
            CalibrationDue = input.Calibration ? d.CalibrationDue : null,
            ReleaseOn = d.ReleaseOn,
            AcknowledgeDue = d.AcknowledgeDue,
        };
    }
}
