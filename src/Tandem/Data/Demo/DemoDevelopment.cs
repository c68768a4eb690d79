using Microsoft.EntityFrameworkCore;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Features.People;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's development: a small capability framework, role profiles for engineers (today and in a year),
/// self and manager assessments for Daniel's team, a learning catalogue, and Priya's shared plan.
/// </summary>
public sealed class DemoDevelopment(TandemDb db, TimeProvider time)
{
    public async Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var daniel = people.Single(p => p.Email == DemoOrganization.ManagerEmail);
        var priya = people.Single(p => p.Email == DemoOrganization.EmployeeEmail);
        var team = people.Where(p => p.ManagerId == daniel.Id).ToList();

        (string Category, string Name, CapabilityKind Kind, string Description)[] framework =
        [
            ("Engineering craft", "Code review", CapabilityKind.Skill, "Reads changes for correctness, safety and clarity; teaches through comments."),
            ("Engineering craft", "System design", CapabilityKind.Skill, "Shapes systems that are simple to run and to change."),
            ("Engineering craft", "Testing", CapabilityKind.Skill, "Knows what to test at which level, and keeps tests fast and honest."),
            ("Engineering craft", "Observability", CapabilityKind.Knowledge, "Makes production behaviour visible: logs, metrics, traces, alerts."),
            ("Working with others", "Stakeholder communication", CapabilityKind.Behaviour, "Explains trade-offs in the listener's terms; no surprises."),
            ("Working with others", "Mentoring", CapabilityKind.Behaviour, "Helps others grow through pairing, feedback and example."),
            ("Leading", "Coaching", CapabilityKind.Behaviour, "Asks before telling; helps people find their own next step."),
            ("Leading", "Delegation", CapabilityKind.Behaviour, "Hands over outcomes, not tasks, with context and support."),
        ];
        var categories = framework.Select(f => f.Category).Distinct()
            .Select((name, i) => new CapabilityCategory { Id = Ids.New(time), Name = name, Position = i }).ToList();
        db.CapabilityCategories.AddRange(categories);
        var capabilities = framework.Select(f => new Capability
        {
            Id = Ids.New(time), CategoryId = categories.Single(c => c.Name == f.Category).Id, Name = f.Name, Kind = f.Kind, Description = f.Description,
        }).ToList();
        db.Capabilities.AddRange(capabilities);
        Guid Cap(string name) => capabilities.Single(c => c.Name == name).Id;

        var inAYear = DateOnly.FromDateTime(now.AddYears(1).UtcDateTime);
        foreach (var (title, levels) in new[]
                 {
                     ("Software Engineer", new[] { ("Code review", 3, 3), ("System design", 2, 3), ("Testing", 3, 3), ("Observability", 2, 3), ("Stakeholder communication", 2, 3) }),
                     ("Senior Software Engineer", new[] { ("Code review", 4, 4), ("System design", 3, 4), ("Testing", 3, 4), ("Observability", 3, 4), ("Stakeholder communication", 3, 4), ("Mentoring", 3, 4) }),
                 })
        {
            var profile = new RoleProfile { Id = Ids.New(time), Name = title, JobTitle = title, FutureDate = inAYear };
            profile.Requirements = [.. levels.Select(l => new RoleRequirement { ProfileId = profile.Id, CapabilityId = Cap(l.Item1), RequiredNow = l.Item2, RequiredFuture = l.Item3 })];
            db.RoleProfiles.Add(profile);
        }

        var random = new Random(7);
        foreach (var person in team)
        {
            foreach (var capability in capabilities.Take(6))
            {
                var self = random.Next(2, 5);
                db.Assessments.Add(new Assessment { Id = Ids.New(time), PersonId = person.Id, CapabilityId = capability.Id, AssessorId = person.Id, Kind = AssessmentKind.Self, Level = self, At = now.AddDays(-20) });
                if (random.Next(3) > 0)
                    db.Assessments.Add(new Assessment
                    {
                        Id = Ids.New(time), PersonId = person.Id, CapabilityId = capability.Id, AssessorId = daniel.Id, Kind = AssessmentKind.Manager,
                        Level = Math.Clamp(self + random.Next(-1, 2), 1, 5), At = now.AddDays(-10),
                        Evidence = capability.Name == "Stakeholder communication" && person.Id == priya.Id ? "Design review on the migration: strong content, lost the product folks." : null,
                    });
            }
        }

        foreach (var (title, capability, kind, level, hours) in new[]
                 {
                     ("Explaining technical trade-offs (workshop)", "Stakeholder communication", ResourceKind.Course, 3, 6),
                     ("Pair with a product manager for a sprint", "Stakeholder communication", ResourceKind.Project, 4, 20),
                     ("Designing data-intensive applications", "System design", ResourceKind.Book, 4, 30),
                     ("Observability guild: run one session", "Observability", ResourceKind.Mentoring, 4, 8),
                     ("Testing at the right level (article series)", "Testing", ResourceKind.Article, 3, 3),
                 })
            db.LearningResources.Add(new LearningResource { Id = Ids.New(time), Title = title, Kind = kind, CapabilityId = Cap(capability), TargetLevel = level, EffortHours = hours });

        var plan = new DevelopmentPlan
        {
            Id = Ids.New(time), PersonId = priya.Id, SharedAt = now.AddDays(-30), WantsToLead = LeadershipWish.Unsure, Horizon = "in two years",
            Aspiration = "Become the engineer people bring the hardest reliability problems to, and help the platform team set direction.",
            Strengths = "Debugging production issues; patient pairing; building tools others adopt.",
            GrowthAreas = "Explaining designs to non-engineers; system design at the scale of several teams.",
            StrengthsPlan = "Use the deploy dashboard work to run a short demo for product each month; keep pairing with new joiners on their first on-call week.",
        };
        plan.Routes =
        [
            new RouteOption { Id = Ids.New(time), PlanId = plan.Id, Kind = RouteKind.StretchProject, Description = "Lead the on-call redesign across two teams", TradeOffs = "Less feature work for a quarter", Position = 0 },
            new RouteOption { Id = Ids.New(time), PlanId = plan.Id, Kind = RouteKind.Mentoring, Description = "Monthly mentoring with the platform architect", TradeOffs = "An hour a month; needs a clear question each time", Position = 1 },
        ];
        plan.Actions =
        [
            new DevelopmentAction { Id = Ids.New(time), PlanId = plan.Id, Text = "Present the migration plan to product with two options, not the schema", DueDate = DateOnly.FromDateTime(now.AddDays(12).UtcDateTime), IsNextExit = true, Status = ActionStatus.InProgress, CapabilityId = Cap("Stakeholder communication") },
            new DevelopmentAction { Id = Ids.New(time), PlanId = plan.Id, Text = "Read the first half of the data-intensive applications book", DueDate = DateOnly.FromDateTime(now.AddDays(40).UtcDateTime), Status = ActionStatus.NotStarted, CapabilityId = Cap("System design") },
            new DevelopmentAction { Id = Ids.New(time), PlanId = plan.Id, Text = "Shadow an incident commander for one on-call week", Status = ActionStatus.Done },
        ];
        db.DevelopmentPlans.Add(plan);
        await db.SaveChangesAsync(ct);

        // The feedback → development loop: Priya's feedback on stakeholder communication before her action on it began, and since.
        var communication = Cap("Stakeholder communication");
        await db.FeedbackItems.Where(f => f.ReceiverId == priya.Id && f.Theme == "stakeholder communication")
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.CapabilityId, communication), ct);
        await db.DevelopmentActions.Where(a => a.PlanId == plan.Id && a.CapabilityId == communication)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, now.AddDays(-21)), ct);
        var since = new FeedbackItem
        {
            Id = Ids.New(time), GiverId = daniel.Id, ReceiverId = priya.Id, Kind = FeedbackKind.Praise, Visibility = FeedbackVisibility.ToPersonAndManager,
            Text = "Opening the queue migration review with the problem and two options let product decide in one meeting.", CapabilityId = communication,
        };
        db.FeedbackItems.Add(since);
        await db.SaveChangesAsync(ct);
        await db.FeedbackItems.Where(f => f.Id == since.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.CreatedAt, now.AddDays(-6)), ct);
        await new CapabilitySummaries(db).RefreshAsync([.. people.Select(p => p.Id)], ct);
    }
}
