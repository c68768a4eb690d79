using Microsoft.EntityFrameworkCore;
using Tandem.Features.Goals;
using Tandem.Features.People;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo organisation's goals: company goals for this quarter, department and team goals aligned to them,
/// personal goals (one private) with weekly check-ins since the quarter began, and last quarter closed with
/// scores, so that every goal page, the tree and the insights have something to show.
/// </summary>
public sealed class DemoGoals(TandemDb db, TimeProvider time)
{
    private readonly List<Goal> _goals = [];
    private readonly List<KeyResultUpdate> _updates = [];
    private DateOnly _today;

    public async Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        _today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (currentName, currentStart, currentEnd) = GoalPeriods.QuarterOf(_today);
        var (lastName, lastStart, lastEnd) = GoalPeriods.QuarterOf(currentStart.AddDays(-1));
        var current = new GoalPeriod { Id = Ids.New(time), Name = currentName, Start = currentStart, End = currentEnd };
        var last = new GoalPeriod { Id = Ids.New(time), Name = lastName, Start = lastStart, End = lastEnd, ClosedAt = time.GetUtcNow() };
        db.GoalPeriods.AddRange(current, last);

        Person Titled(string title) => people.First(p => p.Title == title);
        Person ByEmail(string email) => people.Single(p => p.Email == email);
        var hr = ByEmail(DemoOrganization.HrAdminEmail);
        var daniel = ByEmail(DemoOrganization.ManagerEmail);
        var priya = ByEmail(DemoOrganization.EmployeeEmail);
        var cto = Titled("VP of Engineering");
        var sales = Titled("VP of Sales");
        var success = Titled("Head of Customer Success");
        var danielsTeam = people.Where(p => p.ManagerId == daniel.Id && p.Id != priya.Id).ToList();

        var adoption = Add(current, "Become the easiest analytics tool for mid-size teams to adopt", GoalOwnerType.Company, hr, null,
            ("Trial-to-paid conversion", 12, 18, "%", 15.5), ("Time to first dashboard", 45, 15, "min", 24));
        var growth = Add(current, "Grow a sustainable business", GoalOwnerType.Company, hr, null,
            ("Annual recurring revenue", 8, 10, "M€", 9.1), ("Net revenue retention", 104, 110, "%", 107));
        var engineering = Add(current, "Ship reliably, several times a day", GoalOwnerType.Department, hr, adoption,
            ("Deploys per week", 10, 25, null, 18), ("Incidents per month", 6, 2, null, 3));
        engineering.OwnerDepartmentId = cto.DepartmentId;
        var salesGoal = Add(current, "Win more mid-size customers in EMEA and the Americas", GoalOwnerType.Department, hr, growth,
            ("New customers this quarter", 0, 40, null, 22), ("Average deal size", 18, 24, "k€", 19));
        salesGoal.OwnerDepartmentId = sales.DepartmentId;
        var onboarding = Add(current, "Every new customer succeeds in their first month", GoalOwnerType.Department, hr, adoption,
            ("Customers live within 30 days", 55, 85, "%", 71), ("Onboarding satisfaction", 7.2, 8.5, "/10", 7.9));
        onboarding.OwnerDepartmentId = success.DepartmentId;
        var platform = Add(current, "Make deploys boring", GoalOwnerType.Team, daniel, engineering,
            ("Median CI build time", 14, 6, "min", 9.5), ("Automated rollbacks", 0, 0, null, null));
        platform.OwnerTeamId = daniel.TeamId;
        Milestone(platform, 1, done: true);

        var caching = Add(current, "Cut build times with remote caching", GoalOwnerType.Person, priya, platform,
            ("Median CI build time", 14, 7, "min", 10), ("Cache hit rate", 0, 80, "%", 55));
        var lead = Add(current, "Get ready to lead the platform guild", GoalOwnerType.Person, priya, null,
            ("Run two guild sessions", 0, 0, null, null), ("Mentor a new joiner through their first month", 0, 0, null, null));
        lead.Visibility = GoalVisibility.Private;
        Milestone(lead, 0, done: true);
        Milestone(lead, 1, done: false);
        Add(current, "Grow ownership across the platform team", GoalOwnerType.Person, daniel, platform,
            ("Services with a named owner", 40, 100, "%", 70));
        var statuses = new[] { GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.OffTrack, GoalStatus.OnTrack };
        for (var i = 0; i < danielsTeam.Count; i++)
        {
            var g = Add(current, i % 2 == 0 ? "Retire the legacy build agents" : "Halve flaky tests in the main suite", GoalOwnerType.Person, danielsTeam[i], platform,
                i % 2 == 0 ? ("Agents retired", 0, 12, null, 3 + i) : ("Flaky tests", 60, 30, null, 50 - i * 2));
            g.Status = statuses[i % statuses.Length];
        }

        // Last quarter, closed: scores kept, and check-ins before its midpoint for forecast accuracy.
        var lastQuarter = new[]
        {
            Add(last, "Move CI to the new build cluster", GoalOwnerType.Person, priya, null, ("Pipelines migrated", 0, 30, null, 27)),
            Add(last, "Write the platform's on-call handbook", GoalOwnerType.Person, priya, null, ("Runbooks written", 0, 12, null, 6)),
            Add(last, "Hire two platform engineers", GoalOwnerType.Person, daniel, null, ("Engineers hired", 0, 2, null, 2)),
        };
        foreach (var goal in lastQuarter) goal.Score = goal.Progress;

        db.Goals.AddRange(_goals);
        db.KeyResultUpdates.AddRange(_updates);
        await db.SaveChangesAsync(ct);
        var rollups = new GoalRollups(db);
        foreach (var goal in _goals.Where(g => !_goals.Any(c => c.ParentGoalId == g.Id))) await rollups.RecomputeFromAsync(goal.Id, ct);
        await db.Goals.Where(g => g.PeriodId == last.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Score, g => g.Progress), ct);
    }

    private Goal Add(GoalPeriod period, string title, GoalOwnerType type, Person owner, Goal? parent,
        params (string Title, double Start, double Target, string? Unit, double? Current)[] keyResults)
    {
        var goal = new Goal
        {
            Id = Ids.New(time),
            Title = title,
            OwnerType = type,
            OwnerPersonId = type == GoalOwnerType.Person ? owner.Id : null,
            PeriodId = period.Id,
            ParentGoalId = parent?.Id,
            CreatedById = owner.Id,
        };
        var position = 0;
        foreach (var (krTitle, start, target, unit, currentValue) in keyResults)
        {
            var milestone = start == target;
            var kr = new KeyResult
            {
                Id = Ids.New(time), GoalId = goal.Id, Title = krTitle, Position = position++, Unit = unit,
                Kind = milestone ? KeyResultKind.Milestone : KeyResultKind.Metric,
                Start = milestone ? null : start, Target = milestone ? null : target, Current = milestone ? null : start,
            };
            goal.KeyResults.Add(kr);
            if (!milestone && currentValue is { } value) CheckInsUpTo(goal, kr, period, value);
        }
        goal.Progress = GoalMath.Rollup(goal.KeyResults.Select(k => (k.Weight, k.Progress)), goal.Status);
        _goals.Add(goal);
        return goal;
    }

    private static void Milestone(Goal goal, int index, bool done)
    {
        var kr = goal.KeyResults[index];
        kr.Done = done;
        kr.Progress = done ? 1 : 0;
        kr.Status = CheckInStatus.OnTrack;
        kr.Confidence = 8;
        goal.Progress = GoalMath.Rollup(goal.KeyResults.Select(k => (k.Weight, k.Progress)), goal.Status);
    }

    // Weekly check-ins from the period's start, moving steadily towards today's value.
    private void CheckInsUpTo(Goal goal, KeyResult kr, GoalPeriod period, double value)
    {
        var until = period.End < _today ? period.End : _today;
        var weeks = Math.Max(1, (until.DayNumber - period.Start.DayNumber) / 7);
        for (var week = 1; week <= weeks; week++)
        {
            var share = (double)week / weeks;
            var current = Math.Round(kr.Start!.Value + (value - kr.Start.Value) * share, 1);
            var progress = GoalMath.KeyResultProgress(kr.Kind, kr.Start, kr.Target, current, false);
            var confidence = Math.Clamp((int)Math.Round(4 + progress * 6), 0, 10);
            var status = progress >= 0.5 * share ? CheckInStatus.OnTrack : CheckInStatus.AtRisk;
            _updates.Add(new KeyResultUpdate
            {
                Id = Ids.New(time), GoalId = goal.Id, KeyResultId = kr.Id, Value = current, Progress = progress, Status = status,
                Confidence = confidence, AuthorId = goal.CreatedById,
                At = new DateTimeOffset(period.Start.AddDays(week * 7).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
                Comment = week == weeks ? "Steady progress this week." : null,
            });
            kr.Current = current;
            kr.Progress = progress;
            kr.Confidence = confidence;
            kr.Status = status;
        }
    }
}
