using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Reading goals. Every query goes through <see cref="GoalAccess.Readable"/>, so a private goal never shows in
/// a list, tree, search, path or export for someone who may not read it; such goals are only counted.
/// </summary>
public sealed class GoalQueries(TandemDb db, CurrentUser me, Reach reach, GoalAccess access, AdminReads adminReads, GoalConversation conversation)
{
    public const int ChildrenShown = 50;
    public const int HistoryShown = 1000;
    public const string PrivateTitle = "A private goal";

    private Expression<Func<Goal, GoalSummary>> Summary => g => new GoalSummary(
        g.Id, g.Title, g.OwnerType,
        g.OwnerType == GoalOwnerType.Person ? g.OwnerPersonId : g.OwnerType == GoalOwnerType.Team ? g.OwnerTeamId : g.OwnerDepartmentId,
        g.OwnerType == GoalOwnerType.Person ? db.People.Where(p => p.Id == g.OwnerPersonId).Select(p => p.Name).FirstOrDefault()!
        : g.OwnerType == GoalOwnerType.Team ? db.Teams.Where(t => t.Id == g.OwnerTeamId).Select(t => t.Name).FirstOrDefault()!
        : g.OwnerType == GoalOwnerType.Department ? db.Departments.Where(d => d.Id == g.OwnerDepartmentId).Select(d => d.Name).FirstOrDefault()!
        : "Company",
        g.Period == null ? null : g.Period.Name,
        g.Status, g.Approval, g.Commitment, g.Visibility, g.Progress, g.Score, g.ParentGoalId);

    private Expression<Func<Goal, GoalNode>> Node => g => new GoalNode(
        new GoalSummary(g.Id, g.Title, g.OwnerType,
            g.OwnerType == GoalOwnerType.Person ? g.OwnerPersonId : g.OwnerType == GoalOwnerType.Team ? g.OwnerTeamId : g.OwnerDepartmentId,
            g.OwnerType == GoalOwnerType.Person ? db.People.Where(p => p.Id == g.OwnerPersonId).Select(p => p.Name).FirstOrDefault()!
            : g.OwnerType == GoalOwnerType.Team ? db.Teams.Where(t => t.Id == g.OwnerTeamId).Select(t => t.Name).FirstOrDefault()!
            : g.OwnerType == GoalOwnerType.Department ? db.Departments.Where(d => d.Id == g.OwnerDepartmentId).Select(d => d.Name).FirstOrDefault()!
            : "Company",
            g.Period == null ? null : g.Period.Name,
            g.Status, g.Approval, g.Commitment, g.Visibility, g.Progress, g.Score, g.ParentGoalId),
        db.Goals.Count(c => c.ParentGoalId == g.Id));

    public async Task<GoalDetails?> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await access.Readable(db.Goals.AsNoTracking().Where(g => g.Id == id))
            .Select(g => new
            {
                Goal = g,
                PeriodStart = (DateOnly?)g.Period!.Start,
                PeriodEnd = (DateOnly?)g.Period!.End,
                Closed = g.Period != null && g.Period.ClosedAt != null,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var goal = row.Goal;
        var summary = await db.Goals.AsNoTracking().Where(g => g.Id == id).Select(Summary).SingleAsync(ct);

        var keyResults = await db.KeyResults.AsNoTracking().Where(k => k.GoalId == id).OrderBy(k => k.Position)
            .Select(k => new KeyResultDetails(k.Id, k.Title, k.Kind, k.Start, k.Target, k.Current, k.Unit, k.Done, k.Weight,
                k.Progress, k.Confidence, k.Status, k.Version))
            .ToListAsync(ct);
        var children = db.Goals.AsNoTracking().Where(c => c.ParentGoalId == id);
        var readableChildren = await access.Readable(children).OrderBy(c => c.Title).ThenBy(c => c.Id).Take(ChildrenShown)
            .Select(Summary).ToListAsync(ct);
        var privateChildren = await access.Unreadable(children).CountAsync(ct);
        await AuditAdminReadsAsync([summary, .. readableChildren], ct);
        // The newest check-ins, oldest first (the chart and each key result's latest).
        var history = await (from u in db.KeyResultUpdates.AsNoTracking()
                             where u.GoalId == id
                             orderby u.At descending
                             select new CheckInDetails(u.Id, u.KeyResultId, u.Value, u.Done, u.Progress, u.Status, u.Confidence, u.Comment,
                                 db.People.Where(p => p.Id == u.AuthorId).Select(p => p.Name).FirstOrDefault() ?? "Someone", u.At))
            .Take(HistoryShown).ToListAsync(ct);
        history.Reverse();
        var (comments, commentCount) = await conversation.LatestAsync(id, ct);

        var canEdit = !row.Closed && await access.CanEditAsync(goal, ct);
        var can = new GoalPermissions(
            Edit: canEdit,
            CheckIn: canEdit && keyResults.Count > 0,
            Comment: true,
            Approve: goal.Approval == GoalApproval.Submitted && await access.CanApproveAsync(goal, ct),
            ProposeChanges: await access.CanProposeAsync(goal, ct),
            Assign: canEdit && goal.OwnerType is GoalOwnerType.Team or GoalOwnerType.Department or GoalOwnerType.Company);
        var smart = GoalRules.Smart(goal.Title, goal.Description, keyResults.Count, goal.ParentGoalId is not null,
            goal.OwnerType == GoalOwnerType.Company, goal.PeriodId is not null || goal.DueDate is not null);

        return new GoalDetails(summary, goal.Description, goal.PeriodId, row.PeriodStart, row.PeriodEnd, row.Closed, goal.DueDate,
            goal.Weight, goal.Version, await PathAsync(goal.ParentGoalId, ct), keyResults, readableChildren, privateChildren,
            history, comments, commentCount, smart, can);
    }

    public const int ParentChoices = 150;

    /// <summary>
    /// The goal form's choices. Owners: you, your direct reports, the teams and departments you lead (all of them
    /// for HR admins) and the company (HR admins). Parents: the current public goals nearest to you.
    /// </summary>
    public async Task<GoalFormOptions> FormOptionsAsync(GoalPeriods periods, CancellationToken ct)
    {
        var meId = me.PersonId;
        var owners = new List<Choice> { new($"person:{meId}", $"Me ({me.Name})") };
        owners.AddRange(await reach.DirectReports().AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new Choice("person:" + p.Id, p.Name + " (your report)")).ToListAsync(ct));
        var led = reach.DirectReports();
        owners.AddRange(await db.Teams.AsNoTracking().Where(t => me.IsHrAdmin || led.Any(p => p.TeamId == t.Id)).OrderBy(t => t.Name)
            .Select(t => new Choice("team:" + t.Id, "Team: " + t.Name)).ToListAsync(ct));
        owners.AddRange(await db.Departments.AsNoTracking().Where(d => me.IsHrAdmin || led.Any(p => p.DepartmentId == d.Id)).OrderBy(d => d.Name)
            .Select(d => new Choice("department:" + d.Id, "Department: " + d.Name)).ToListAsync(ct));
        if (me.IsHrAdmin) owners.Add(new Choice("company", "The company"));

        var all = await periods.ListAsync(ct);
        var open = all.Where(p => !p.Closed && p.End >= periods.Today).OrderBy(p => p.Start).ToList();
        var current = open.FirstOrDefault(p => p.Current)?.Id;

        var mine = db.People.Where(p => p.Id == meId);
        var manager = mine.Select(p => p.ManagerId);
        var parents = await access.Readable(db.Goals.AsNoTracking())
            .Where(g => g.Visibility == GoalVisibility.Public || g.OwnerPersonId == meId)
            .Where(g => g.Period == null || (g.Period.ClosedAt == null && g.Period.End >= periods.Today))
            .Where(g => g.OwnerType == GoalOwnerType.Company
                        || (g.OwnerType == GoalOwnerType.Department && mine.Any(p => p.DepartmentId == g.OwnerDepartmentId))
                        || (g.OwnerType == GoalOwnerType.Team && mine.Any(p => p.TeamId == g.OwnerTeamId))
                        || g.OwnerPersonId == meId || manager.Contains(g.OwnerPersonId)
                        || (me.IsHrAdmin && g.OwnerType != GoalOwnerType.Person))
            .OrderBy(g => g.OwnerType == GoalOwnerType.Company ? 0 : g.OwnerType == GoalOwnerType.Department ? 1 : g.OwnerType == GoalOwnerType.Team ? 2 : 3)
            .ThenBy(g => g.Title).Take(ParentChoices)
            .Select(Summary).ToListAsync(ct);
        return new GoalFormOptions(owners,
            [.. open.Select(p => new Choice(p.Id.ToString(), p.Name))],
            [.. parents.Select(g => new Choice(g.Id.ToString(), $"{g.Title} — {g.OwnerName}"))],
            current);
    }

    /// <summary>A person's goals the viewer may read, current and open-ended first.</summary>
    public async Task<List<GoalSummary>> ForPersonAsync(Guid personId, bool includeClosed, CancellationToken ct)
    {
        var goals = await access.Readable(db.Goals.AsNoTracking().Where(g => g.OwnerType == GoalOwnerType.Person && g.OwnerPersonId == personId))
            .Where(g => includeClosed || g.Period == null || g.Period.ClosedAt == null)
            .OrderBy(g => g.Period == null ? DateOnly.MaxValue : g.Period.Start).ThenBy(g => g.Title)
            .Select(Summary).ToListAsync(ct);
        await AuditAdminReadsAsync(goals, ct);
        return goals;
    }

    /// <summary>Private goals shown to an HR admin outside their own reporting line are recorded as admin reads.</summary>
    public Task AuditAdminReadsAsync(IEnumerable<GoalSummary> shown, CancellationToken ct) =>
        me.IsHrAdmin
            ? adminReads.RecordAsync("private goals", shown.Where(g => g.Visibility == GoalVisibility.Private).Select(g => g.OwnerId), ct)
            : Task.CompletedTask;

    /// <summary>The goals of the signed-in person's teams and department, for their home page.</summary>
    public Task<List<GoalSummary>> ForMyTeamAndDepartmentAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        var mine = db.People.Where(p => p.Id == meId);
        return db.Goals.AsNoTracking()
            .Where(g => (g.OwnerType == GoalOwnerType.Team && mine.Any(p => p.TeamId == g.OwnerTeamId))
                        || (g.OwnerType == GoalOwnerType.Department && mine.Any(p => p.DepartmentId == g.OwnerDepartmentId))
                        || g.OwnerType == GoalOwnerType.Company)
            .Where(g => g.Period == null || g.Period.ClosedAt == null)
            .OrderBy(g => g.OwnerType).ThenBy(g => g.Title).Take(30)
            .Select(Summary).ToListAsync(ct);
    }

    /// <summary>For a manager: each direct report, with their goals at risk or off track.</summary>
    public async Task<List<ReportGoals>> TeamAtRiskAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        var reports = await reach.DirectReports().AsNoTracking()
            .OrderBy(p => p.Name).Select(p => new PersonRef(p.Id, p.Name, p.Title)).ToListAsync(ct);
        var ids = reports.Select(r => r.Id).ToList();
        var goals = await access.Readable(db.Goals.AsNoTracking()
                .Where(g => g.OwnerType == GoalOwnerType.Person && ids.Contains(g.OwnerPersonId!.Value)
                            && (g.Period == null || g.Period.ClosedAt == null) && g.Status != GoalStatus.Done && g.Status != GoalStatus.Dropped))
            .OrderBy(g => g.OwnerPersonId).ThenBy(g => g.Title) // by owner first: the owner index, never a walk of every title
            .Select(Summary).ToListAsync(ct);
        var byOwner = goals.ToLookup(g => g.OwnerId);
        return [.. reports.Select(r => new ReportGoals(r,
            [.. byOwner[r.Id].Where(g => g.Status is GoalStatus.AtRisk or GoalStatus.OffTrack)], byOwner[r.Id].Count()))];
    }

    /// <summary>The top of the alignment tree: goals aligned to nothing, company goals first.</summary>
    public async Task<GoalLevel> RootsAsync(GoalSearch search, CancellationToken ct)
    {
        var roots = InPeriod(db.Goals.AsNoTracking().Where(g => g.ParentGoalId == null), search.PeriodId);
        return await LevelAsync(roots, search.After, search.Limit, companyFirst: true, ct);
    }

    /// <summary>The goals aligned directly under <paramref name="goalId"/>.</summary>
    public Task<GoalLevel> ChildrenAsync(Guid goalId, Guid? periodId, string? after, int? limit, CancellationToken ct) =>
        LevelAsync(InPeriod(db.Goals.AsNoTracking().Where(g => g.ParentGoalId == goalId), periodId), after, limit, companyFirst: false, ct);

    /// <summary>Goals matching the filters, each with its path up the tree.</summary>
    public async Task<(List<GoalMatch> Matches, string? Next)> SearchAsync(GoalSearch search, CancellationToken ct)
    {
        var goals = access.Readable(InPeriod(db.Goals.AsNoTracking(), search.PeriodId));
        if (Text.Clean(search.Text) is { } text)
        {
            var words = GoalRules.Words(text).ToList();
            var rarest = await RarestAsync(words, ct);
            if (rarest is not null)
            {
                var ids = WithWord(rarest).Select(w => w.GoalId);
                goals = HavingWords(goals.Where(g => ids.Contains(g.Id)), words.Where(w => w != rarest));
            }
        }
        if (search.Status is { } status) goals = goals.Where(g => g.Status == status);
        if (search.OwnerPersonId is { } owner) goals = goals.Where(g => g.OwnerPersonId == owner);
        if (search.DepartmentId is { } department)
        {
            goals = goals.Where(g => g.OwnerDepartmentId == department
                || db.People.Any(p => p.Id == g.OwnerPersonId && p.DepartmentId == department)
                || db.Teams.Any(t => t.Id == g.OwnerTeamId && t.DepartmentId == department));
        }
        var level = await LevelAsync(goals, search.After, search.Limit, companyFirst: false, ct, includeUnreadableCount: false);
        var paths = await PathsAsync(level.Goals.Select(n => n.Goal.ParentGoalId), ct);
        return ([.. level.Goals.Select(n => new GoalMatch(n, n.Goal.ParentGoalId is { } p ? paths[p] : []))], level.Next);
    }

    /// <summary>How many goals with the typed text's longest word the search box looks at, at most.</summary>
    public const int CandidatesMax = 500;

    /// <summary>
    /// Goals the viewer may read whose title has a word starting with each word of <paramref name="text"/>, for the search
    /// box, by title. The goals of its rarest word come from the word index, at most <see cref="CandidatesMax"/> of them
    /// (so when every word is that common, "pe" say, the answer holds some of the matches, not the first by title); each
    /// candidate is checked for the other words by its own few index rows.
    /// </summary>
    /// <param name="text">What was typed.</param>
    /// <param name="limit">How many goals at most.</param>
    /// <param name="asSuggestions">For the suggestions while typing: only goals readable through the reporting line
    /// (<see cref="GoalAccess.ThroughTheReportingLine"/>), never through an HR admin's audited right.</param>
    /// <param name="ct">Cancels the reads.</param>
    public async Task<List<GoalSummary>> FindAsync(string text, int limit, bool asSuggestions, CancellationToken ct)
    {
        var words = GoalRules.Words(text).ToList();
        if (await RarestAsync(words, ct) is not { } rarest) return [];
        var candidates = WithWord(rarest).OrderBy(w => w.Word).ThenBy(w => w.GoalId).Take(CandidatesMax).Select(w => w.GoalId);
        var inIndex = db.Goals.AsNoTracking().Where(g => candidates.Contains(g.Id));
        var goals = HavingWords(asSuggestions ? access.ThroughTheReportingLine(inIndex) : access.Readable(inIndex), words.Where(w => w != rarest));
        var found = await goals.OrderBy(g => g.Title).ThenBy(g => g.Id).Take(Math.Clamp(limit, 1, 50)).Select(Summary).ToListAsync(ct);
        await AuditAdminReadsAsync(found, ct);
        return found;
    }

    // The word with the fewest goals, each counted up to one past the cap (a short read of the index each); null when
    // there is no word, or a word no goal has (then nothing matches).
    private async Task<string?> RarestAsync(IReadOnlyList<string> words, CancellationToken ct)
    {
        (string? Word, int Count) rarest = (null, int.MaxValue);
        foreach (var word in words)
        {
            var count = await WithWord(word).Take(CandidatesMax + 1).CountAsync(ct);
            if (count == 0) return null;
            if (count < rarest.Count) rarest = (word, count);
        }
        return rarest.Word;
    }

    // Goals whose title also has a word starting with each of these: checked through the goal's own word rows.
    private IQueryable<Goal> HavingWords(IQueryable<Goal> goals, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var matching = WithWord(word);
            goals = goals.Where(g => matching.Any(w => w.GoalId == g.Id));
        }
        return goals;
    }

    // The goals with a title word that starts with the word: one range of the word index (GoalWord's key).
    private IQueryable<GoalWord> WithWord(string word) => db.GoalWords.Where(Prefix.Of<GoalWord>(w => w.Word, word));

    /// <summary>The path from the top of the tree down to (and including) <paramref name="parentId"/>.</summary>
    public async Task<IReadOnlyList<GoalRef>> PathAsync(Guid? parentId, CancellationToken ct) =>
        parentId is { } id ? (await PathsAsync([id], ct))[id] : [];

    // Loads the ancestors of several goals level by level: one query per level, not per goal.
    private async Task<Dictionary<Guid, IReadOnlyList<GoalRef>>> PathsAsync(IEnumerable<Guid?> starts, CancellationToken ct)
    {
        var startIds = starts.OfType<Guid>().Distinct().ToList();
        var nodes = new Dictionary<Guid, (Guid? Parent, GoalRef Ref)>();
        var frontier = startIds;
        for (var depth = 0; frontier.Count > 0 && depth < 64; depth++)
        {
            var level = db.Goals.AsNoTracking().Where(g => frontier.Contains(g.Id));
            var readable = access.Readable(level).Select(g => g.Id);
            var rows = await level.Select(g => new { g.Id, g.ParentGoalId, g.Title, Readable = readable.Contains(g.Id) }).ToListAsync(ct);
            foreach (var row in rows)
                nodes[row.Id] = (row.ParentGoalId, row.Readable ? new GoalRef(row.Id, row.Title) : new GoalRef(null, PrivateTitle));
            frontier = [.. rows.Select(r => r.ParentGoalId).OfType<Guid>().Where(p => !nodes.ContainsKey(p)).Distinct()];
        }
        var paths = new Dictionary<Guid, IReadOnlyList<GoalRef>>();
        foreach (var start in startIds)
        {
            var path = new List<GoalRef>();
            for (Guid? current = start; current is { } id && nodes.TryGetValue(id, out var node) && path.Count < 64; current = node.Parent)
                path.Add(node.Ref);
            path.Reverse();
            paths[start] = path;
        }
        return paths;
    }

    private async Task<GoalLevel> LevelAsync(IQueryable<Goal> goals, string? after, int? limit, bool companyFirst, CancellationToken ct,
        bool includeUnreadableCount = true)
    {
        var take = Cursor.Limit(limit);
        var readable = access.Readable(goals);
        var privateCount = includeUnreadableCount && after is null ? await access.Unreadable(goals).CountAsync(ct) : 0;
        // Keyset on (rank, title, id): company goals first at the top of the tree. Elsewhere the rank is always 1 and stays
        // out of the SQL, so that the (organisation, title, id) index gives the order and the cursor's starting point.
        var ranked = readable.Select(g => new { Goal = g, Rank = companyFirst && g.OwnerType == GoalOwnerType.Company ? 0 : 1 });
        if (Cursor.Decode(after, 3) is [var rankText, var title, var idText] && int.TryParse(rankText, out var rank) && Guid.TryParse(idText, out var id))
        {
            ranked = companyFirst
                ? ranked.Where(x => x.Rank > rank || (x.Rank == rank && (string.Compare(x.Goal.Title, title) > 0
                                                                         || (x.Goal.Title == title && x.Goal.Id > id))))
                : ranked.Where(x => string.Compare(x.Goal.Title, title) >= 0 && (string.Compare(x.Goal.Title, title) > 0 || x.Goal.Id > id));
        }
        var ordered = companyFirst ? ranked.OrderBy(x => x.Rank).ThenBy(x => x.Goal.Title) : ranked.OrderBy(x => x.Goal.Title);
        var rows = await ordered.ThenBy(x => x.Goal.Id).Take(take + 1)
            .Select(x => new { x.Rank, x.Goal.Id, x.Goal.Title })
            .ToListAsync(ct);
        var ids = rows.Take(take).Select(r => r.Id).ToList();
        var nodes = (await db.Goals.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(Node).ToListAsync(ct))
            .ToDictionary(n => n.Goal.Id);
        await AuditAdminReadsAsync(nodes.Values.Select(n => n.Goal), ct);
        string? next = rows.Count > take ? Cursor.Encode(rows[take - 1].Rank.ToString(), rows[take - 1].Title, rows[take - 1].Id.ToString()) : null;
        return new GoalLevel([.. ids.Select(i => nodes[i])], privateCount, next);
    }

    // Goals of the period, of periods overlapping it (an annual goal holds quarterly ones), or open-ended.
    private IQueryable<Goal> InPeriod(IQueryable<Goal> goals, Guid? periodId)
    {
        if (periodId is not { } id) return goals;
        var period = db.GoalPeriods.Where(p => p.Id == id);
        return goals.Where(g => g.PeriodId == null || g.PeriodId == id
            || period.Any(p => g.Period!.Start <= p.End && g.Period.End >= p.Start));
    }
}

/// <summary>Filters for the alignment tree and goal search. All optional.</summary>
public sealed record GoalSearch(
    string? Text = null,
    Guid? PeriodId = null,
    Guid? DepartmentId = null,
    Guid? OwnerPersonId = null,
    GoalStatus? Status = null,
    string? After = null,
    int? Limit = null)
{
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || DepartmentId is not null || OwnerPersonId is not null || Status is not null;
}

/// <summary>A goal in the alignment tree: its summary and how many goals align under it.</summary>
public sealed record GoalNode(GoalSummary Goal, int Children);

/// <summary>One level of the alignment tree: the goals the viewer may read, and a count of those they may not.</summary>
public sealed record GoalLevel(IReadOnlyList<GoalNode> Goals, int PrivateGoals, string? Next);

/// <summary>A search hit with its path up the alignment tree.</summary>
public sealed record GoalMatch(GoalNode Node, IReadOnlyList<GoalRef> Path);

/// <summary>A choice in a form: a value and what people read.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>What the goal form offers: owners the viewer may write for, open periods, and goals to align to.</summary>
public sealed record GoalFormOptions(IReadOnlyList<Choice> Owners, IReadOnlyList<Choice> Periods, IReadOnlyList<Choice> Parents, Guid? CurrentPeriodId);

/// <summary>A direct report and their goals that are at risk or off track.</summary>
public sealed record ReportGoals(PersonRef Person, IReadOnlyList<GoalSummary> AtRisk, int Active);
