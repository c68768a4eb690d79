using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Goal periods: calendar quarters by default (the current and the next one always exist), custom ranges
/// added by HR admins. Closing a period keeps each goal's score and ends check-ins on it.
/// </summary>
public sealed class GoalPeriods(TandemDb db, CurrentUser me, TimeProvider time, AuditService audit)
{
    public DateOnly Today => TimeZones.Today(time, me.TimeZone);

    public static (string Name, DateOnly Start, DateOnly End) QuarterOf(DateOnly day)
    {
        var quarter = (day.Month - 1) / 3;
        var start = new DateOnly(day.Year, quarter * 3 + 1, 1);
        return ($"{day.Year} Q{quarter + 1}", start, start.AddMonths(3).AddDays(-1));
    }

    public Task<List<PeriodInfo>> ListAsync(CancellationToken ct) => ListAsync(countGoals: true, ct);

    /// <summary>The periods; without <paramref name="countGoals"/> (a filter's choices) no goal is counted.</summary>
    public async Task<List<PeriodInfo>> ListAsync(bool countGoals, CancellationToken ct)
    {
        await EnsureQuarterAsync(Today, ct);
        await EnsureQuarterAsync(QuarterOf(Today).End.AddDays(1), ct);
        var today = Today;
        return await db.GoalPeriods.AsNoTracking().OrderByDescending(p => p.Start).ThenBy(p => p.Name)
            .Select(p => new PeriodInfo(p.Id, p.Name, p.Start, p.End, p.ClosedAt != null, p.Start <= today && today <= p.End,
                countGoals ? db.Goals.Count(g => g.PeriodId == p.Id) : null))
            .ToListAsync(ct);
    }

    /// <summary>The calendar quarter containing <paramref name="day"/>, created when missing.</summary>
    public async Task<GoalPeriod> EnsureQuarterAsync(DateOnly day, CancellationToken ct)
    {
        var (name, start, end) = QuarterOf(day);
        if (await db.GoalPeriods.SingleOrDefaultAsync(p => p.Name == name, ct) is { } existing) return existing;
        var period = new GoalPeriod { Id = Ids.New(time), Name = name, Start = start, End = end };
        db.GoalPeriods.Add(period);
        try
        {
            await db.SaveChangesAsync(ct);
            return period;
        }
        catch (DbUpdateException)
        {
            // Someone else created it a moment ago.
            db.Entry(period).State = EntityState.Detached;
            return await db.GoalPeriods.SingleAsync(p => p.Name == name, ct);
        }
    }

    public async Task<Outcome<PeriodInfo>> CreateAsync(PeriodInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("Only HR admins add goal periods.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", 60);
        if (input.End < input.Start) errors.Add(nameof(input.End), "The period must end on or after its start.");
        if (!errors.Any && await db.GoalPeriods.AnyAsync(p => p.Name == input.Name.Trim(), ct))
            errors.Add(nameof(input.Name), "A period with this name exists already.");
        if (errors.Any) return errors.ToFailure();

        var period = new GoalPeriod { Id = Ids.New(time), Name = input.Name.Trim(), Start = input.Start, End = input.End };
        db.GoalPeriods.Add(period);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).Single(p => p.Id == period.Id);
    }

    /// <summary>Closes a period: every goal in it keeps its progress as its score, and check-ins end.</summary>
    public async Task<Outcome<PeriodInfo>> CloseAsync(Guid id, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("Only HR admins close goal periods.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var period = await db.GoalPeriods.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return Failure.NotFound("No such period.");
        if (period.ClosedAt is not null) return Failure.Conflict("This period is closed already.");

        await db.Goals.Where(g => g.PeriodId == id && g.Status != GoalStatus.Dropped)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Score, g => g.Progress), ct);
        period.ClosedAt = time.GetUtcNow();
        period.ClosedById = me.PersonId;
        audit.Add(AuditActions.GoalPeriodClosed, detail: period.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await ListAsync(ct)).Single(p => p.Id == id);
    }

}

/// <summary>A period with how many goals it has.</summary>
public sealed record PeriodInfo(Guid Id, string Name, DateOnly Start, DateOnly End, bool Closed, bool Current, int? Goals);

/// <summary>A custom period's name and dates.</summary>
public sealed record PeriodInput(string Name, DateOnly Start, DateOnly End);
