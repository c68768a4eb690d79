using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Features.Goals;
using Tandem.Features.OneOnOnes;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Bench;

/// <summary>
/// The data set of the load benchmark (seeded, so every run builds the same rows): many small organisations and one
/// large one, each with a reporting tree ten wide, departments and teams, and a year of activity — goals for every
/// quarter with key results and their updates, weekly and biweekly 1:1 series with agendas, shared notes and
/// commitments, feedback and praise, self and manager assessments, development plans. Written by <see cref="BulkWriter"/>.
/// </summary>
public static class FullData
{
    public const string Password = GoalData.Password;
    private const int Span = 10;
    // The data set ends today (so Tandem's meeting planner finds nothing to add when it starts): the same rows for
    // the same day.
    private static readonly DateTimeOffset Now = new(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero);
    private static long _sequence;

    /// <summary>The accounts the scenarios sign in with, in the large organisation.</summary>
    public static readonly string[] Accounts = ["bench.manager@bench.example", "bench.employee@bench.example", "bench.hr@bench.example"];

    public static async Task<int> GenerateAsync(DatabaseProvider provider, string connectionString, int people, int smallOrganizations)
    {
        var clock = Stopwatch.StartNew();
        if (provider == DatabaseProvider.Sqlite)
        {
            // The file with its write-ahead log: a log left by a stopped Tandem would bring the old tables back.
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
        }
        await using var db = DataSetup.CreateContext(provider, connectionString);
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync(); // one connection throughout, so the session settings below hold
        var indexes = await BulkLoad.PrepareAsync(db, provider);
        var writer = new BulkWriter(db, provider);
        var orgs = new List<(Organization Org, int People)> { (Organization("Bench Corp", "bench"), people) };
        orgs.AddRange(Enumerable.Range(1, smallOrganizations).Select(i => (Organization($"Small Org {i:000}", $"small-{i:000}"), 20 + i % 60)));
        await writer.InsertAsync(orgs.Select(o => o.Org));
        var built = orgs.Select((o, i) => Build(o.Org, o.People, seed: i)).ToList();

        await writer.InsertAsync(built.SelectMany(b => b.Departments));
        await writer.InsertAsync(built.SelectMany(b => b.Teams));
        await writer.InsertAsync(built.SelectMany(b => b.People));
        await writer.InsertAsync(built.SelectMany(b => ReportingLines.Compute(b.Org.Id, b.People.ToDictionary(p => p.Id, p => p.ManagerId))));
        var periods = built.SelectMany(b => b.Periods).ToList();
        await writer.InsertAsync(periods);
        var goals = built.SelectMany(Goals).ToList();
        await writer.InsertAsync(goals);
        await writer.InsertAsync(goals.SelectMany(GoalWord.Of));
        await writer.InsertAsync(goals.SelectMany(g => g.KeyResults));
        await writer.InsertAsync(goals.SelectMany(KeyResultUpdates));
        goals.Clear();
        await writer.InsertAsync(built.SelectMany(Series));
        await writer.InsertAsync(built.SelectMany(b => Meetings(b).Select(m => m.Meeting)));
        await writer.InsertAsync(built.SelectMany(b => Meetings(b).SelectMany(Agenda)));
        await writer.InsertAsync(built.SelectMany(b => Meetings(b).SelectMany(Commitments)));
        await writer.InsertAsync(built.SelectMany(Feedback));
        var framework = built.Select(Framework).ToList();
        await writer.InsertAsync(framework.SelectMany(f => f.Categories));
        await writer.InsertAsync(framework.SelectMany(f => f.Capabilities));
        await writer.InsertAsync(built.Zip(framework).SelectMany(x => Assessments(x.First, x.Second.Capabilities)));
        var plans = built.SelectMany(Plans).ToList();
        await writer.InsertAsync(plans);
        await writer.InsertAsync(plans.SelectMany(p => p.Actions));
        await BulkLoad.FinishAsync(db, provider, indexes);
        await AccountsAsync(db, built[0]);

        Console.WriteLine($"Generated {orgs.Count:N0} organisations ({people:N0} people in the largest), {writer.Rows:N0} rows in {clock.Elapsed.TotalSeconds:0} s.");
        return 0;
    }

    /// <summary>A time-ordered id (UUID version 7 layout) for a moment, unique through a running sequence: the same on every run.</summary>
    public static Guid Id(DateTimeOffset at) => Id(at, ++_sequence);

    // Series and meetings are pointed to by rows written in later passes, so their ids follow from the organisation and
    // their position instead of the running sequence (which stays far below 2^36).
    private static Guid SeriesId(Built b, int index, DateTimeOffset at) => Id(at, ((b.Seed + 1L) << 40) | (1L << 38) | (uint)index);

    private static Guid MeetingId(Built b, int index, DateTimeOffset at) => Id(at, ((b.Seed + 1L) << 40) | (2L << 38) | (uint)index);

    private static Guid Id(DateTimeOffset at, long sequence)
    {
        Span<byte> bytes = stackalloc byte[16];
        var ms = at.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], ms << 16);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], sequence);
        bytes[6] = 0x70; // version 7; the sequence stays below 2^56, clear of the variant bits
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static Organization Organization(string name, string slug) => new() { Id = Id(Now.AddYears(-2)), Name = name, Slug = slug, CreatedAt = Now.AddYears(-2), UpdatedAt = Now.AddYears(-2) };

    private sealed record Built(Organization Org, List<Department> Departments, List<Team> Teams, List<Person> People,
        Dictionary<Guid, Guid> TeamOfLead, List<GoalPeriod> Periods, int Seed)
    {
        public Guid Ceo => People[0].Id;
    }

    // A tree ten wide: person i reports to person (i - 1) / 10. The CEO's direct reports head the departments; every
    // manager leads a team of their direct reports.
    private static Built Build(Organization org, int count, int seed)
    {
        var at = Now.AddYears(-1);
        var departments = new List<Department>();
        var teams = new List<Team>();
        var people = new List<Person>(count);
        var teamOfLead = new Dictionary<Guid, Guid>();
        var slug = org.Slug;
        for (var i = 0; i < count; i++)
        {
            var manager = i == 0 ? null : people[(i - 1) / Span];
            if (i is > 0 and <= Span)
                departments.Add(new Department { OrganizationId = org.Id, Id = Id(at), Name = $"Department {i:00}" });
            var department = i == 0 ? null : i <= Span ? departments[i - 1].Id : manager!.DepartmentId;
            Guid? team = null;
            if (manager is not null && !teamOfLead.TryGetValue(manager.Id, out var existing))
            {
                var created = new Team { OrganizationId = org.Id, Id = Id(at), Name = $"Team of {manager.Name}", DepartmentId = manager.DepartmentId ?? department };
                teams.Add(created);
                teamOfLead[manager.Id] = created.Id;
                team = created.Id;
            }
            else if (manager is not null)
            {
                team = teamOfLead[manager.Id];
            }
            // The scenario accounts: HR (the CEO), a manager of ten (who manages managers) and one of their reports.
            var email = slug != "bench" ? $"p{i}@{slug}.example" : i switch { 0 => Accounts[2], 1 => Accounts[0], Span + 1 => Accounts[1], _ => $"p{i}@{slug}.example" };
            people.Add(new Person
            {
                OrganizationId = org.Id, Id = Id(at), Name = $"Person {i:000000}", Email = email, ManagerId = manager?.Id, DepartmentId = department,
                TeamId = team, Title = i == 0 ? "Chief Executive" : i * Span + 1 < count ? "Engineering Manager" : "Software Engineer",
                Roles = i == 0 ? OrgRoles.OrgAdmin | OrgRoles.HrAdmin : OrgRoles.None, StartDate = DateOnly.FromDateTime(at.UtcDateTime),
                CreatedAt = at, UpdatedAt = at,
            });
        }
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var periods = Enumerable.Range(0, 4).Select(q => GoalPeriods.QuarterOf(today.AddMonths(-3 * q))).Reverse().Select(p => new GoalPeriod
        {
            OrganizationId = org.Id, Id = Id(at), Name = p.Name, Start = p.Start, End = p.End,
            ClosedAt = p.End < today ? new DateTimeOffset(p.End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(7) : null,
        }).ToList();
        return new Built(org, departments, teams, people, teamOfLead, periods, seed);
    }

    // Per quarter: two company goals, one per department and team, two per person; each with two key results.
    private static IEnumerable<Goal> Goals(Built b)
    {
        var random = new Random(b.Seed);
        foreach (var period in b.Periods)
        {
            var at = new DateTimeOffset(period.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(3);
            Goal New(string title, GoalOwnerType type, Guid? person, Guid? team, Guid? department, Goal? parent)
            {
                var goal = new Goal
                {
                    OrganizationId = b.Org.Id, Id = Id(at), Title = title, OwnerType = type, OwnerPersonId = person, OwnerTeamId = team, OwnerDepartmentId = department,
                    PeriodId = period.Id, ParentGoalId = parent?.Id, CreatedById = b.Ceo, CreatedAt = at, UpdatedAt = at, Progress = random.NextDouble(),
                    Status = (GoalStatus)random.Next(0, 3), Visibility = random.Next(20) == 0 ? GoalVisibility.Private : GoalVisibility.Public,
                };
                for (var k = 0; k < 2; k++)
                {
                    var current = random.Next(0, 101);
                    goal.KeyResults.Add(new KeyResult
                    {
                        OrganizationId = b.Org.Id, Id = Id(at), GoalId = goal.Id, Title = $"Measure {k + 1} of {title}", Start = 0, Target = 100, Current = current,
                        Progress = current / 100.0, Confidence = random.Next(3, 10), Status = CheckInStatus.OnTrack, Position = k, CreatedAt = at, UpdatedAt = at,
                    });
                }
                return goal;
            }
            var company = Enumerable.Range(1, 2).Select(i => New($"{period.Name} company goal {i}", GoalOwnerType.Company, null, null, null, null)).ToList();
            foreach (var g in company) yield return g;
            var byDepartment = new Dictionary<Guid, Goal>();
            foreach (var d in b.Departments)
                yield return byDepartment[d.Id] = New($"{period.Name} {d.Name} goal", GoalOwnerType.Department, null, null, d.Id, company[byDepartment.Count % 2]);
            var byTeam = new Dictionary<Guid, Goal>();
            foreach (var t in b.Teams)
                yield return byTeam[t.Id] = New($"{period.Name} {t.Name} goal", GoalOwnerType.Team, null, t.Id, null,
                    t.DepartmentId is { } d && byDepartment.TryGetValue(d, out var dg) ? dg : company[0]);
            foreach (var p in b.People.Skip(1))
                for (var i = 1; i <= 2; i++)
                    yield return New($"{period.Name} {p.Name} goal {i}", GoalOwnerType.Person, p.Id, null, null, byTeam[p.TeamId!.Value]);
        }
    }

    // Two check-ins per key result over its quarter.
    private static IEnumerable<KeyResultUpdate> KeyResultUpdates(Goal goal) => goal.KeyResults.SelectMany(k => Enumerable.Range(1, 2).Select(n => new KeyResultUpdate
    {
        OrganizationId = goal.OrganizationId, Id = Id(goal.CreatedAt.AddDays(30 * n)), GoalId = goal.Id, KeyResultId = k.Id, Value = k.Current * n / 2,
        Progress = k.Progress * n / 2, Status = CheckInStatus.OnTrack, Confidence = k.Confidence ?? 5, AuthorId = goal.OwnerPersonId ?? goal.CreatedById,
        At = goal.CreatedAt.AddDays(30 * n),
    }));

    // A reporting 1:1 for every manager and direct report: even ones weekly, odd ones biweekly, started up to a year ago.
    private static IEnumerable<OneOnOneSeries> Series(Built b) => b.People.Skip(1).Select((p, i) =>
    {
        var start = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-(28 + i % 330));
        var at = SeriesStart(start);
        return new OneOnOneSeries
        {
            OrganizationId = b.Org.Id, Id = SeriesId(b, i, at), LeadId = p.ManagerId!.Value, PartnerId = p.Id, Kind = PairKind.Reporting,
            Cadence = i % 2 == 0 ? Cadence.Weekly : Cadence.Biweekly, Weekday = start.DayOfWeek, LocalTime = new TimeOnly(10, 0), TimeZone = "UTC",
            StartDate = start, CreatedById = p.ManagerId!.Value, CreatedAt = at, UpdatedAt = at,
        };
    });

    private static DateTimeOffset SeriesStart(DateOnly start) => new(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private sealed record MeetingRow(Meeting Meeting, Guid Lead, Guid Partner, int Index);

    // Every occurrence from the series' start to as far ahead as Tandem plans: held in the past (with notes), scheduled ahead.
    // Ids follow from position, so agenda items and commitments, generated in later passes, point to them.
    private static IEnumerable<MeetingRow> Meetings(Built b)
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var index = 0;
        foreach (var (p, i) in b.People.Skip(1).Select((p, i) => (p, i)))
        {
            var start = today.AddDays(-(28 + i % 330));
            var step = i % 2 == 0 ? 7 : 14;
            var series = SeriesId(b, i, SeriesStart(start));
            for (var day = start; day <= today.AddDays(OneOnOneRules.PlanAhead.Days); day = day.AddDays(step), index++)
            {
                var startsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                var held = day < today;
                yield return new MeetingRow(new Meeting
                {
                    OrganizationId = b.Org.Id, Id = MeetingId(b, index, startsAt), SeriesId = series, OccursOn = day, StartsAt = startsAt, DurationMinutes = 30,
                    Status = held ? MeetingStatus.Held : MeetingStatus.Scheduled, HeldAt = held ? startsAt.AddMinutes(30) : null,
                    SharedNotes = held ? "Talked through the week's priorities and one blocker; agreed the next step." : null, NotesVersion = held ? 1 : 0,
                    CreatedAt = startsAt.AddDays(-step), UpdatedAt = held ? startsAt.AddMinutes(30) : startsAt.AddDays(-step),
                }, p.ManagerId!.Value, p.Id, index);
            }
        }
    }

    // Two talking points per meeting, one from each side.
    private static IEnumerable<AgendaItem> Agenda(MeetingRow m) => new[] { (m.Partner, "Problems and roadblocks", "The release is blocked on the review queue"), (m.Lead, "Wins since last time", "Customer call went well") }
        .Select((x, position) => new AgendaItem
        {
            OrganizationId = m.Meeting.OrganizationId, Id = Id(m.Meeting.CreatedAt), SeriesId = m.Meeting.SeriesId, MeetingId = m.Meeting.Id, Section = x.Item2, Text = x.Item3,
            AuthorId = x.Item1, Position = position, Discussed = m.Meeting.Status == MeetingStatus.Held, CreatedAt = m.Meeting.CreatedAt, UpdatedAt = m.Meeting.UpdatedAt,
        });

    // One next step from every other held meeting, done unless recent.
    private static IEnumerable<Commitment> Commitments(MeetingRow m)
    {
        if (m.Meeting.Status != MeetingStatus.Held || m.Index % 2 == 1) yield break;
        var due = m.Meeting.OccursOn.AddDays(7);
        yield return new Commitment
        {
            OrganizationId = m.Meeting.OrganizationId, Id = Id(m.Meeting.StartsAt), SeriesId = m.Meeting.SeriesId, MeetingId = m.Meeting.Id,
            Text = "Send the summary of the decision to the team", OwnerId = m.Partner, DueDate = due, CreatedById = m.Lead,
            DoneAt = due < DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-7) ? m.Meeting.StartsAt.AddDays(5) : null,
            CreatedAt = m.Meeting.StartsAt, UpdatedAt = m.Meeting.StartsAt,
        };
    }

    // About ten items given per person over the year: to peers, up and down; a fifth of it public praise.
    private static IEnumerable<FeedbackItem> Feedback(Built b)
    {
        var random = new Random(b.Seed + 1);
        var count = b.People.Count * 10;
        for (var i = 0; i < count; i++)
        {
            var giver = b.People[random.Next(b.People.Count)];
            var receiver = i % 3 == 0 && giver.ManagerId is { } manager ? manager : b.People[random.Next(b.People.Count)].Id;
            if (receiver == giver.Id) continue;
            var at = Now.AddDays(-365.0 * (count - i) / count);
            var kind = (FeedbackKind)(i % 3);
            yield return new FeedbackItem
            {
                OrganizationId = b.Org.Id, Id = Id(at), GiverId = giver.Id, ReceiverId = receiver, Kind = kind,
                Visibility = kind == FeedbackKind.Praise && i % 5 == 0 ? FeedbackVisibility.Public : (FeedbackVisibility)(i % 2),
                Text = kind == FeedbackKind.Praise ? "The way you walked the customer through the outage timeline kept them with us." :
                    "In the planning meeting the estimate came without the risks; list the two biggest next time.",
                CreatedAt = at, UpdatedAt = at,
            };
        }
    }

    private sealed record FrameworkRows(List<CapabilityCategory> Categories, List<Capability> Capabilities);

    private static FrameworkRows Framework(Built b)
    {
        var at = Now.AddYears(-1);
        var categories = Enumerable.Range(1, 4).Select(i => new CapabilityCategory { OrganizationId = b.Org.Id, Id = Id(at), Name = $"Category {i}", Position = i }).ToList();
        var capabilities = Enumerable.Range(0, 20).Select(i => new Capability
        {
            OrganizationId = b.Org.Id, Id = Id(at), CategoryId = categories[i % 4].Id, Name = $"Capability {i + 1:00}", Kind = (CapabilityKind)(i % 3),
        }).ToList();
        return new FrameworkRows(categories, capabilities);
    }

    // Five capabilities per person, assessed by themselves and by their manager.
    private static IEnumerable<Assessment> Assessments(Built b, List<Capability> capabilities) => b.People.Skip(1).SelectMany((p, i) =>
        Enumerable.Range(0, 5).SelectMany(k =>
        {
            var capability = capabilities[(i + k * 3) % capabilities.Count].Id;
            var at = Now.AddDays(-(i + k) % 200);
            return new[]
            {
                new Assessment { OrganizationId = b.Org.Id, Id = Id(at), PersonId = p.Id, CapabilityId = capability, AssessorId = p.Id, Kind = AssessmentKind.Self, Level = 1 + (i + k) % 5, At = at },
                new Assessment { OrganizationId = b.Org.Id, Id = Id(at), PersonId = p.Id, CapabilityId = capability, AssessorId = p.ManagerId!.Value, Kind = AssessmentKind.Manager, Level = 1 + (i + 2 * k) % 5, At = at },
            };
        }));

    // A shared plan with three actions for every third person.
    private static IEnumerable<DevelopmentPlan> Plans(Built b) => b.People.Skip(1).Where((_, i) => i % 3 == 0).Select((p, i) =>
    {
        var at = Now.AddDays(-(i % 180));
        var plan = new DevelopmentPlan
        {
            OrganizationId = b.Org.Id, Id = Id(at), PersonId = p.Id, Aspiration = "Lead the reliability work across two teams", Horizon = "two years",
            WantsToLead = (LeadershipWish)(i % 3), SharedAt = at, CreatedAt = at, UpdatedAt = at,
        };
        plan.Actions = [.. Enumerable.Range(0, 3).Select(k => new DevelopmentAction
        {
            OrganizationId = b.Org.Id, Id = Id(at), PlanId = plan.Id, Text = $"Step {k + 1}: pair on an incident review", Status = (ActionStatus)(k % 3),
            DueDate = DateOnly.FromDateTime(at.AddDays(30 * (k + 1)).UtcDateTime), IsNextExit = k == 0, CreatedAt = at, UpdatedAt = at,
        })];
        return plan;
    });

    private static Task AccountsAsync(TandemDb db, Built large)
    {
        db.TenantId = large.Org.Id;
        return GoalData.AddAccountsAsync(db, Accounts.Select(e => large.People.Single(p => p.Email == e)), Now);
    }
}
