using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Plans a series' occurrences ahead (<see cref="OneOnOneRules.PlanAhead"/>, and at least two upcoming) from its
/// recurrence rule. Safe to run on several instances at once: one occurrence per series and planned date is a
/// unique index, so a second planner's insert fails and is ignored.
/// </summary>
public sealed class MeetingPlanner(TandemDb db, TimeProvider time)
{
    private const int MinimumUpcoming = 2;

    public async Task PlanAsync(OneOnOneSeries series, CancellationToken ct, IReadOnlyCollection<Guid>? leaving = null)
    {
        if (series.EndedAt is not null) return;
        leaving ??= [];
        var zone = TimeZones.FindOrUtc(series.TimeZone);
        var now = time.GetUtcNow();
        var last = await db.Meetings.Where(m => m.SeriesId == series.Id && !leaving.Contains(m.Id)).MaxAsync(m => (DateOnly?)m.OccursOn, ct);
        var upcoming = await db.Meetings.CountAsync(m => m.SeriesId == series.Id && m.StartsAt > now && m.Status == MeetingStatus.Scheduled, ct);
        var today = DateOnly.FromDateTime(TimeZones.InZone(now, zone));
        var from = last is { } l && l >= today ? l.AddDays(1) : today;
        var added = new List<Meeting>();
        foreach (var date in Recurrence.Dates(series.Rule, from))
        {
            var start = Recurrence.ToInstant(date, series.LocalTime, zone);
            if (start <= now) continue;
            if (start > now + OneOnOneRules.PlanAhead && upcoming + added.Count >= MinimumUpcoming) break;
            added.Add(New(series, date, start));
        }
        if (added.Count == 0) return;
        db.Meetings.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance planned the same dates first: theirs stand.
            foreach (var meeting in added) db.Entry(meeting).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// After the schedule changed: upcoming occurrences on a date the new rule keeps move to the new time; the
    /// others go, and their agenda moves to the first upcoming occurrence of the new schedule.
    /// </summary>
    public async Task ReplanAsync(OneOnOneSeries series, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var zone = TimeZones.FindOrUtc(series.TimeZone);
        var upcoming = await db.Meetings
            .Where(m => m.SeriesId == series.Id && m.StartsAt > now && m.Status == MeetingStatus.Scheduled && m.RescheduledFrom == null)
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(TimeZones.InZone(now, zone));
        var keep = Recurrence.Dates(series.Rule, today).TakeWhile(d => d <= today.AddDays((int)OneOnOneRules.PlanAhead.TotalDays + 62)).ToHashSet();
        var dropped = upcoming.Where(m => !keep.Contains(m.OccursOn) || series.EndedAt is not null).ToList();
        foreach (var meeting in upcoming.Except(dropped))
        {
            meeting.StartsAt = Recurrence.ToInstant(meeting.OccursOn, series.LocalTime, zone);
            meeting.DurationMinutes = series.DurationMinutes;
        }
        await db.SaveChangesAsync(ct);
        var droppedIds = dropped.Select(m => m.Id).ToList();
        // Planned as if the dropped occurrences were gone already, so the new schedule has no gap.
        await PlanAsync(series, ct, droppedIds);

        if (dropped.Count == 0) return;
        if (await NextAsync(series, now, droppedIds, ct) is { } next)
        {
            await MoveItemsAsync(droppedIds, next, carried: false, ct);
        }
        db.Meetings.RemoveRange(dropped);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The first scheduled occurrence after <paramref name="after"/> (planning more if none is left).</summary>
    public async Task<Meeting?> NextAsync(OneOnOneSeries series, DateTimeOffset after, IReadOnlyCollection<Guid>? except, CancellationToken ct)
    {
        except ??= [];
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var next = await db.Meetings
                .Where(m => m.SeriesId == series.Id && m.StartsAt > after && m.Status == MeetingStatus.Scheduled && !except.Contains(m.Id))
                .OrderBy(m => m.StartsAt).FirstOrDefaultAsync(ct);
            if (next is not null || series.EndedAt is not null) return next;
            await PlanAsync(series, ct);
        }
        return null;
    }

    /// <summary>
    /// Moves agenda items (all of them, or the undiscussed ones) to the end of another meeting's agenda. Returns how many
    /// shared items moved: only those change what both people see, so only they bump the agenda's version (a private
    /// topic moving must leave no trace for the other person).
    /// </summary>
    public async Task<int> MoveItemsAsync(IReadOnlyCollection<Guid> fromMeetings, Meeting to, bool carried, CancellationToken ct, bool onlyUndiscussed = false)
    {
        var items = await db.AgendaItems.Where(a => fromMeetings.Contains(a.MeetingId) && (!onlyUndiscussed || !a.Discussed))
            .OrderBy(a => a.Position).ToListAsync(ct);
        if (items.Count == 0) return 0;
        var position = await db.AgendaItems.Where(a => a.MeetingId == to.Id).MaxAsync(a => (int?)a.Position, ct) ?? -1;
        foreach (var item in items)
        {
            item.MeetingId = to.Id;
            item.Position = ++position;
            item.Discussed = false;
            if (carried) item.TimesCarried++;
        }
        var shared = items.Count(i => !i.IsPrivate);
        if (shared > 0)
            await db.Meetings.Where(m => m.Id == to.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.AgendaVersion, m => m.AgendaVersion + 1), ct);
        return shared;
    }

    private Meeting New(OneOnOneSeries series, DateOnly date, DateTimeOffset start) => new()
    {
        OrganizationId = series.OrganizationId,
        Id = Ids.New(time),
        SeriesId = series.Id,
        OccursOn = date,
        StartsAt = start,
        DurationMinutes = series.DurationMinutes,
        Status = MeetingStatus.Scheduled,
    };
}

/// <summary>Keeps every active series planned ahead, hourly, on every instance (the planner is idempotent).</summary>
public sealed class MeetingPlanningService(IServiceScopeFactory scopes, TimeProvider time, ILogger<MeetingPlanningService> log) : HourlyJob(time, log)
{
    protected override Task RunOnceAsync(CancellationToken ct) => PlanDueSeriesAsync(ct);

    /// <summary>Plans the series (of every organisation) whose last planned occurrence is less than two weeks ahead.</summary>
    public async Task PlanDueSeriesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var soon = Time.GetUtcNow().AddDays(14);
        string[] tenant = [TandemDb.TenantFilter];
        var meetings = db.Meetings.IgnoreQueryFilters(tenant);
        var due = await db.OneOnOneSeries.IgnoreQueryFilters(tenant).AsNoTracking()
            .Where(s => s.EndedAt == null && !meetings.Any(m => m.OrganizationId == s.OrganizationId && m.SeriesId == s.Id && m.StartsAt > soon))
            .OrderBy(s => s.OrganizationId).ThenBy(s => s.Id)
            .Take(1_000).ToListAsync(ct);
        foreach (var series in due)
        {
            await using var seriesScope = scopes.CreateAsyncScope();
            var seriesDb = seriesScope.ServiceProvider.GetRequiredService<TandemDb>();
            using var acting = seriesDb.ActAs(series.OrganizationId);
            try
            {
                await seriesScope.ServiceProvider.GetRequiredService<MeetingPlanner>().PlanAsync(series, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One series that can't be planned must not stop the others (of any organisation).
                log.LogError(e, "Planning 1:1 series {SeriesId} of organisation {OrganizationId} failed.", series.Id, series.OrganizationId);
            }
        }
    }
}
