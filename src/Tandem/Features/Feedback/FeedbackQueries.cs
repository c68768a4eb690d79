using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Development;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Feedback;

/// <summary>Reading feedback. Every list goes through <see cref="FeedbackAccess.Readable"/>; lists are keyset-paged, newest first.</summary>
public sealed class FeedbackQueries(TandemDb db, CurrentUser me, FeedbackAccess access, Goals.GoalAccess goals, TimeProvider time) : IFeedbackEvidence
{
    private static readonly TimeSpan ThemeWindow = TimeSpan.FromDays(182);

    public async Task<FeedbackInfo?> GetAsync(Guid id, CancellationToken ct) =>
        (await ProjectAsync(access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.Id == id)), ct)).SingleOrDefault();

    /// <summary>What the giver of anonymous feedback sees of what they sent: no name, no time, no id of theirs.</summary>
    public FeedbackInfo Sent(FeedbackItem item, Person receiver, string? capability) => new(item.Id, null, new PersonRef(receiver.Id, receiver.Name, receiver.Title),
        item.Kind, item.Visibility, item.Text, item.What, item.SoWhat, item.NowWhat, [], null, null, item.Theme, item.CapabilityId, capability, true, time.GetUtcNow(), []);

    public async Task<Page<FeedbackInfo>> ReceivedAsync(string? after, int? limit, CancellationToken ct) =>
        await PageAsync(access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.ReceiverId == me.PersonId)), after, limit, ct);

    public async Task<Page<FeedbackInfo>> GivenAsync(string? after, int? limit, CancellationToken ct) =>
        await PageAsync(db.FeedbackItems.AsNoTracking().Where(f => f.GiverId == me.PersonId), after, limit, ct);

    /// <summary>The feedback about a person that the signed-in person may read, newest first.</summary>
    public async Task<Page<FeedbackInfo>> AboutAsync(Guid personId, string? after, int? limit, CancellationToken ct) =>
        await PageAsync(access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.ReceiverId == personId)), after, limit, ct);

    /// <summary>The same for the API, where an id that names nobody of the organisation is answered 404; null then.</summary>
    public async Task<Page<FeedbackInfo>?> AboutPersonAsync(Guid personId, string? after, int? limit, CancellationToken ct) =>
        await db.People.AnyAsync(p => p.Id == personId, ct) ? await AboutAsync(personId, after, limit, ct) : null;

    /// <summary>The latest feedback the viewer may read about each of several people (the manager's team page), in one query.</summary>
    public async Task<Dictionary<Guid, FeedbackInfo>> LatestAboutAsync(IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        var since = time.GetUtcNow().AddDays(-90);
        var readable = access.Readable(db.FeedbackItems.Where(f => f.CreatedAt >= since));
        // Each person's newest readable item is picked before anything is projected: one row a person, found by walking
        // the (receiver, created) index backwards, instead of projecting the team's latest 200 to keep one of each.
        var latest = db.People.Where(p => people.Contains(p.Id)).Select(p => readable.Where(f => f.ReceiverId == p.Id)
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Select(f => f.Id).FirstOrDefault());
        var items = await ProjectAsync(db.FeedbackItems.AsNoTracking().Where(f => latest.Contains(f.Id)), ct);
        return items.ToDictionary(i => i.Receiver.Id);
    }

    /// <summary>Public praise, optionally for one team (of the receiver) or one value.</summary>
    public async Task<Page<FeedbackInfo>> PraiseAsync(Guid? teamId, Guid? valueId, string? after, int? limit, CancellationToken ct)
    {
        var items = db.FeedbackItems.AsNoTracking().Where(f => f.Visibility == FeedbackVisibility.Public && !f.IsAnonymous);
        if (teamId is { } team) items = items.Where(f => db.People.Any(p => p.Id == f.ReceiverId && p.TeamId == team));
        if (valueId is { } value) items = items.Where(f => f.Values.Any(v => v.ValueId == value));
        return await PageAsync(items, after, limit, ct);
    }

    /// <summary>Praise, constructive and feedforward received per month over the last six months, as the viewer may read it.</summary>
    public async Task<List<BalanceMonth>?> BalanceAsync(Guid personId, CancellationToken ct)
    {
        if (!await access.CanSeeBalanceAsync(personId, ct)) return null;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.ReceiverId == personId && f.CreatedAt >= since))
            .Select(f => new { f.Kind, f.CreatedAt }).ToListAsync(ct);
        return [.. Enumerable.Range(0, 6).Select(i => first.AddMonths(i)).Select(month =>
        {
            var inMonth = rows.Where(r => r.CreatedAt.Year == month.Year && r.CreatedAt.Month == month.Month).ToList();
            return new BalanceMonth(month, inMonth.Count(r => r.Kind == FeedbackKind.Praise), inMonth.Count(r => r.Kind == FeedbackKind.Constructive),
                inMonth.Count(r => r.Kind == FeedbackKind.Feedforward));
        })];
    }

    /// <summary>Themes, capabilities and values that came up at least twice in the last six months of feedback the viewer may read.</summary>
    public async Task<List<RecurringTheme>?> ThemesAsync(Guid personId, CancellationToken ct)
    {
        if (!await access.CanSeeBalanceAsync(personId, ct)) return null;
        var since = time.GetUtcNow() - ThemeWindow;
        // Anonymous items carry their batch's release time (FeedbackService), never when each arrived.
        var rows = await access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.ReceiverId == personId && f.CreatedAt >= since))
            .Select(f => new
            {
                f.Theme, f.CapabilityId, f.CreatedAt,
                Capability = db.Capabilities.Where(c => c.Id == f.CapabilityId).Select(c => c.Name).FirstOrDefault(),
                Values = f.Values.Select(v => db.CompanyValues.Where(c => c.Id == v.ValueId).Select(c => c.Name).First()).ToList(),
            })
            .ToListAsync(ct);
        var themes = rows.SelectMany(r => r.Values.Append(r.Theme).OfType<string>().Select(theme => (Theme: theme, CapabilityId: (Guid?)null, r.CreatedAt)))
            .Concat(rows.Where(r => r.Capability is not null).Select(r => (Theme: r.Capability!, r.CapabilityId, r.CreatedAt)));
        return [.. themes.GroupBy(x => (x.Theme.ToUpperInvariant(), x.CapabilityId))
            .Where(g => g.Count() >= 2)
            .Select(g => new RecurringTheme(g.First().Theme, g.Count(), g.Max(x => x.CreatedAt), g.Key.CapabilityId))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal)];
    }

    public async Task<List<EvidenceLink>> LatestAboutAsync(Guid personId, int limit, CancellationToken ct) =>
        [.. (await AboutAsync(personId, null, limit, ct)).Items.Select(f =>
            new EvidenceLink(EvidenceKind.Feedback, f.Id, $"{f.At.ToString("d MMM", CultureInfo.InvariantCulture)} · {f.Kind} · {Excerpt(f.Text, 60)}"))];

    public async Task<List<EvidenceLink>> ReadableAsync(Guid personId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var items = await access.Readable(db.FeedbackItems.AsNoTracking().Where(f => f.ReceiverId == personId && ids.Contains(f.Id)))
            .Select(f => new { f.Id, f.Text }).ToListAsync(ct);
        return [.. items.Select(f => new EvidenceLink(EvidenceKind.Feedback, f.Id, Excerpt(f.Text, 80)))];
    }

    private static string Excerpt(string text, int length) => text.Length > length ? $"{text[..length]}…" : text;

    /// <summary>The feedback on each capability before and since work on it started, in one query for all of them.</summary>
    public async Task<List<CapabilityFeedback>> CapabilityTrendsAsync(Guid personId, IReadOnlyCollection<(Guid CapabilityId, DateTimeOffset Since)> starts, CancellationToken ct)
    {
        if (starts.Count == 0) return [];
        var ids = starts.Select(s => s.CapabilityId).Distinct().ToList();
        var from = starts.Min(s => s.Since) - ThemeWindow;
        // Anonymous items carry their batch's release time (FeedbackService), never when each arrived.
        var rows = await access.Readable(db.FeedbackItems.AsNoTracking()
                .Where(f => f.ReceiverId == personId && f.CapabilityId != null && ids.Contains(f.CapabilityId.Value) && f.CreatedAt >= from))
            .Select(f => new { CapabilityId = f.CapabilityId!.Value, f.Kind, At = f.CreatedAt })
            .ToListAsync(ct);
        return [.. starts.Select(s =>
        {
            var mine = rows.Where(r => r.CapabilityId == s.CapabilityId).ToList();
            FeedbackTally Tally(Func<DateTimeOffset, bool> when) => new(mine.Count(r => when(r.At) && r.Kind == FeedbackKind.Praise),
                mine.Count(r => when(r.At) && r.Kind != FeedbackKind.Praise));
            return new CapabilityFeedback(s.CapabilityId, Tally(at => at < s.Since && at >= s.Since - ThemeWindow), Tally(at => at >= s.Since));
        })];
    }

    /// <summary>A request the signed-in person made, with who answered; null for anyone else.</summary>
    public async Task<RequestInfo?> RequestAsync(Guid id, CancellationToken ct) =>
        (await RequestsAsync(db.FeedbackRequests.Where(r => r.Id == id && r.RequesterId == me.PersonId), ct)).SingleOrDefault();

    public Task<List<RequestInfo>> MyRequestsAsync(CancellationToken ct) =>
        RequestsAsync(db.FeedbackRequests.Where(r => r.RequesterId == me.PersonId).OrderByDescending(r => r.CreatedAt).Take(50), ct);

    /// <summary>Requests waiting for the signed-in person's answer, soonest due first.</summary>
    public Task<List<PendingRequest>> PendingForMeAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        return (
            from x in db.FeedbackRequestRecipients.AsNoTracking()
            join r in db.FeedbackRequests on x.RequestId equals r.Id
            join requester in db.People on r.RequesterId equals requester.Id
            join subject in db.People on r.SubjectId equals subject.Id
            where x.RecipientId == meId && x.AnsweredAt == null
            orderby r.DueDate
            select new PendingRequest(r.Id, new PersonRef(requester.Id, requester.Name, requester.Title),
                new PersonRef(subject.Id, subject.Name, subject.Title), r.Prompts, r.DueDate))
            .Take(50).ToListAsync(ct);
    }

    /// <summary>A request the signed-in person was asked to answer.</summary>
    public async Task<PendingRequest?> AskedAsync(Guid requestId, CancellationToken ct) =>
        (await PendingForMeAsync(ct)).SingleOrDefault(r => r.Id == requestId);

    public Task<List<ValueInfo>> ValuesAsync(bool includeArchived, CancellationToken ct) =>
        db.CompanyValues.AsNoTracking().Where(v => includeArchived || !v.Archived).OrderBy(v => v.Position).ThenBy(v => v.Name)
            .Select(v => new ValueInfo(v.Id, v.Name, v.Description, v.Archived)).ToListAsync(ct);

    private async Task<Page<FeedbackInfo>> PageAsync(IQueryable<FeedbackItem> items, string? after, int? limit, CancellationToken ct)
    {
        var take = Cursor.Limit(limit);
        if (Cursor.Decode(after, 1) is [var idText] && Guid.TryParse(idText, out var id)) items = items.Where(f => f.Id < id);
        var rows = await ProjectAsync(items.OrderByDescending(f => f.Id).Take(take + 1), ct);
        return Cursor.ToPage(rows, take, f => Cursor.Encode(f.Id.ToString()));
    }

    private async Task<List<FeedbackInfo>> ProjectAsync(IQueryable<FeedbackItem> items, CancellationToken ct)
    {
        var meId = me.PersonId;
        var readableGoals = goals.Readable(db.Goals);
        // People by joins: a PersonRef taken with First() inside the projection becomes a window over the whole organisation.
        var rows = await (
            from f in items
            join receiver in db.People on f.ReceiverId equals receiver.Id
            from giver in db.People.Where(p => p.Id == f.GiverId).DefaultIfEmpty()
            select new
            {
                Item = f,
                Giver = giver == null ? null : new PersonRef(giver.Id, giver.Name, giver.Title),
                Receiver = new PersonRef(receiver.Id, receiver.Name, receiver.Title),
                Values = f.Values.Select(v => db.CompanyValues.Where(c => c.Id == v.ValueId).Select(c => c.Name).First()).ToList(),
                // A linked goal shows only to those who may read it (a private goal never rides on public praise).
                Goal = readableGoals.Where(g => g.Id == f.GoalId).Select(g => g.Title).FirstOrDefault(),
                Capability = db.Capabilities.Where(c => c.Id == f.CapabilityId).Select(c => c.Name).FirstOrDefault(),
                Reactions = db.FeedbackReactions.Where(r => r.ItemId == f.Id).Select(r => new { r.Kind, Mine = r.PersonId == meId }).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var f = r.Item;
            return new FeedbackInfo(f.Id, f.IsAnonymous ? null : r.Giver, r.Receiver, f.Kind, f.Visibility, f.Text, f.What, f.SoWhat, f.NowWhat,
                r.Values, r.Goal is null ? null : f.GoalId, r.Goal, f.Theme, r.Capability is null ? null : f.CapabilityId, r.Capability, f.IsAnonymous,
                // Anonymous feedback carries its batch's release time, never when each item arrived (FeedbackService).
                f.CreatedAt,
                [.. r.Reactions.GroupBy(x => x.Kind).Select(g => new ReactionCount(g.Key, g.Count(), g.Any(x => x.Mine)))]);
        })];
    }

    private async Task<List<RequestInfo>> RequestsAsync(IQueryable<FeedbackRequest> requests, CancellationToken ct)
    {
        var rows = await (
            from r in requests.AsNoTracking()
            join requester in db.People on r.RequesterId equals requester.Id
            join subject in db.People on r.SubjectId equals subject.Id
            select new
            {
                r.Id, r.Prompts, r.DueDate, r.CreatedAt,
                Requester = new PersonRef(requester.Id, requester.Name, requester.Title),
                Subject = new PersonRef(subject.Id, subject.Name, subject.Title),
                Recipients = r.Recipients.Join(db.People, x => x.RecipientId, p => p.Id, (x, p) => new RecipientStatus(new PersonRef(p.Id, p.Name, p.Title), x.AnsweredAt)).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RequestInfo(r.Id, r.Requester, r.Subject, r.Prompts, r.DueDate, r.CreatedAt, r.Recipients))];
    }
}
