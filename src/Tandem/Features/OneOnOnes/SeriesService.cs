using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>Setting up, changing and ending 1:1 series. Only the two participants change a series.</summary>
public sealed class SeriesService(TandemDb db, CurrentUser me, Reach reach, OneOnOneAccess access, MeetingPlanner planner, OneOnOneQueries queries, TimeProvider time)
{
    public async Task<Outcome<SeriesInfo>> CreateAsync(SeriesInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var other = await db.People.AsNoTracking().Where(p => p.Id == input.WithPersonId)
            .Select(p => new { p.Id, p.ManagerId, p.Status }).SingleOrDefaultAsync(ct);
        if (input.WithPersonId == Guid.Empty) errors.Add(nameof(input.WithPersonId), "Choose the person to meet.");
        else if (input.WithPersonId == me.PersonId) errors.Add(nameof(input.WithPersonId), "A 1:1 needs two people: choose someone other than yourself.");
        else if (other is null) errors.Add(nameof(input.WithPersonId), "There is nobody with that id in your organisation.");
        else if (other.Status == PersonStatus.Left) errors.Add(nameof(input.WithPersonId), "That person has left the organisation.");
        var zone = input.TimeZone ?? me.TimeZone;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.StartDate is { } start && (start < today.AddYears(-1) || start > today.AddYears(1)))
            errors.Add(nameof(input.StartDate), "Start within a year from today.");
        var templateId = await CheckScheduleAsync(errors, input.Cadence, input.Weekday, input.WeekOfMonth, input.DurationMinutes, zone, input.VideoLink, input.TemplateId, ct);
        if (errors.Any) return errors.ToFailure();

        if (await access.Mine().AnyAsync(s => s.EndedAt == null && (s.LeadId == other!.Id || s.PartnerId == other.Id), ct))
            return Failure.Conflict("You already have a 1:1 series with this person. Change its schedule instead of starting another.");

        // The reporting line decides who leads; outside it, the person setting it up says.
        var (kind, lead, partner) = await reach.IsDirectManagerOfAsync(other!.Id, ct) ? (PairKind.Reporting, me.PersonId, other.Id)
            : me.ManagerChain.Count > 0 && me.ManagerChain[0] == other.Id ? (PairKind.Reporting, other.Id, me.PersonId)
            : input.IAmLead == false ? (PairKind.Mentoring, other.Id, me.PersonId)
            : (PairKind.Mentoring, me.PersonId, other.Id);
        TimeZones.TryFind(zone, out var tz);
        var series = new OneOnOneSeries
        {
            Id = Ids.New(time),
            LeadId = lead,
            PartnerId = partner,
            Kind = kind,
            Cadence = input.Cadence,
            Weekday = input.Weekday,
            WeekOfMonth = input.WeekOfMonth ?? 1,
            LocalTime = input.LocalTime,
            TimeZone = zone,
            DurationMinutes = input.DurationMinutes,
            VideoLink = Text.Clean(input.VideoLink),
            TemplateId = templateId,
            StartDate = input.StartDate ?? DateOnly.FromDateTime(TimeZones.InZone(time.GetUtcNow(), tz)),
            CreatedById = me.PersonId,
        };
        db.OneOnOneSeries.Add(series);
        await db.SaveChangesAsync(ct);
        await planner.PlanAsync(series, ct);
        return (await queries.SeriesAsync(series.Id, ct))!;
    }

    public async Task<Outcome<SeriesInfo>> UpdateAsync(Guid id, SeriesUpdate input, CancellationToken ct)
    {
        var series = await Tracked(id, ct);
        if (series is null) return Failure.NotFound("No such 1:1 series.");
        if (series.EndedAt is not null) return Failure.Invalid("Series", "This series has ended; start a new one instead.");
        var errors = new FieldErrors();
        var templateId = await CheckScheduleAsync(errors, input.Cadence, input.Weekday, input.WeekOfMonth, input.DurationMinutes, input.TimeZone, input.VideoLink, input.TemplateId, ct);
        if (errors.Any) return errors.ToFailure();
        if (series.Version != input.Version)
            return Failure.Conflict("The other person changed this series meanwhile. Look at the current settings and try again.");

        var scheduleChanged = series.Cadence != input.Cadence || series.Weekday != input.Weekday || series.LocalTime != input.LocalTime
                              || series.TimeZone != input.TimeZone || series.WeekOfMonth != (input.WeekOfMonth ?? 1)
                              || series.DurationMinutes != input.DurationMinutes;
        series.Cadence = input.Cadence;
        series.Weekday = input.Weekday;
        series.WeekOfMonth = input.WeekOfMonth ?? 1;
        series.LocalTime = input.LocalTime;
        series.TimeZone = input.TimeZone;
        series.DurationMinutes = input.DurationMinutes;
        series.VideoLink = Text.Clean(input.VideoLink);
        series.TemplateId = templateId;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("The other person changed this series meanwhile. Look at the current settings and try again.");
        }
        if (scheduleChanged) await planner.ReplanAsync(series, ct);
        await transaction.CommitAsync(ct);
        return (await queries.SeriesAsync(series.Id, ct))!;
    }

    /// <summary>Ends a series: upcoming occurrences are removed; past meetings, notes and next steps stay.</summary>
    public async Task<Outcome<SeriesInfo>> EndAsync(Guid id, CancellationToken ct)
    {
        var series = await Tracked(id, ct);
        if (series is null) return Failure.NotFound("No such 1:1 series.");
        if (series.EndedAt is null)
        {
            series.EndedAt = time.GetUtcNow();
            var now = series.EndedAt.Value;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The other person ended it (or changed it) at the same moment.
                return Failure.Conflict("The other person changed this series just now. Reload to see it.");
            }
            await db.Meetings.Where(m => m.SeriesId == id && m.StartsAt > now && m.Status == MeetingStatus.Scheduled).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return (await queries.SeriesAsync(series.Id, ct))!;
    }

    private Task<OneOnOneSeries?> Tracked(Guid id, CancellationToken ct) =>
        db.OneOnOneSeries.SingleOrDefaultAsync(s => s.Id == id && (s.LeadId == me.PersonId || s.PartnerId == me.PersonId), ct);

    // The checks a new and a changed schedule share; returns the template id to store.
    private async Task<Guid?> CheckScheduleAsync(FieldErrors errors, Cadence cadence, DayOfWeek weekday, int? weekOfMonth, int duration,
        string? zone, string? videoLink, Guid? templateId, CancellationToken ct)
    {
        if (!Enum.IsDefined(cadence)) errors.Add("Cadence", "Choose weekly, every two weeks or monthly.");
        if (!Enum.IsDefined(weekday)) errors.Add("Weekday", "Choose a day of the week.");
        if (cadence == Cadence.Monthly && weekOfMonth is not (null or 1 or 2 or 3 or 4 or -1))
            errors.Add("WeekOfMonth", "Choose the first, second, third, fourth or last weekday of the month.");
        if (duration is < OneOnOneRules.DurationMin or > OneOnOneRules.DurationMax)
            errors.Add("DurationMinutes", $"A 1:1 lasts from {OneOnOneRules.DurationMin} minutes to 8 hours.");
        if (!TimeZones.TryFind(zone, out _))
            errors.Add("TimeZone", $"'{zone}' is not a time zone we know. Use a name like Europe/Berlin or America/New_York.");
        if (Text.Clean(videoLink) is { } link)
        {
            if (link.Length > OneOnOneRules.LinkMax) errors.Add("VideoLink", $"The video link can be at most {OneOnOneRules.LinkMax} characters.");
            else if (!WebLinks.IsWebLink(link)) errors.Add("VideoLink", "The video link must be a web address starting with https://.");
        }
        if (templateId is { } t && !await db.MeetingTemplates.AnyAsync(x => x.Id == t, ct))
            errors.Add("TemplateId", "There is no such agenda template in your organisation.");
        return templateId;
    }
}
