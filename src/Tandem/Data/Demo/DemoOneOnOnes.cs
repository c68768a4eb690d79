using Tandem.Features.OneOnOnes;
using Tandem.Features.People;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's 1:1s: Daniel meets each report weekly; his 1:1s with Priya have six weeks of history (held
/// meetings with topics from both, notes, next steps kept on time and late, one cancellation, a carried-over
/// topic and a private note), and Sofia mentors Daniel monthly.
/// </summary>
public sealed class DemoOneOnOnes(TandemDb db, TimeProvider time)
{
    public async Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var daniel = people.Single(p => p.Email == DemoOrganization.ManagerEmail);
        var priya = people.Single(p => p.Email == DemoOrganization.EmployeeEmail);
        var sofia = people.Single(p => p.Email == DemoOrganization.HrAdminEmail);
        var now = time.GetUtcNow();
        var zone = TimeZones.FindOrUtc(daniel.TimeZone);
        var today = DateOnly.FromDateTime(TimeZones.InZone(now, zone));
        var planner = new MeetingPlanner(db, time);

        var withPriya = Series(daniel, priya, PairKind.Reporting, Cadence.Weekly, DayOfWeek.Tuesday, new TimeOnly(10, 0), today.AddDays(-42));
        var past = Recurrence.Dates(withPriya.Rule, withPriya.StartDate)
            .Select(d => (Date: d, At: Recurrence.ToInstant(d, withPriya.LocalTime, zone))).TakeWhile(x => x.At < now).ToList();
        string[][] topics =
        [
            ["Shipped the deploy dashboard", "Flaky integration tests", "Want to learn more about incident command"],
            ["First on-call week went fine", "Review queue is slow", "Conference talk idea"],
            ["Mentored the new joiner", "Unclear ownership of the billing service"],
            ["Cut build time by a third", "Too many meetings on Wednesdays", "Stretch project: lead the migration?"],
            ["Post-mortem went well", "Need access to production logs"],
        ];
        for (var i = 0; i < past.Count; i++)
        {
            var meeting = Meeting(withPriya, past[i].Date, past[i].At);
            if (i == 2)
            {
                meeting.Status = MeetingStatus.Cancelled;
                meeting.ChangedById = daniel.Id;
                meeting.ChangeReason = "Offsite with the leadership team";
                continue;
            }
            meeting.Status = MeetingStatus.Held;
            meeting.HeldAt = past[i].At.AddMinutes(30);
            var mine = topics[i % topics.Length];
            for (var t = 0; t < mine.Length; t++)
                Topic(withPriya, meeting, OneOnOneRules.DefaultSections[t % 4].Title, mine[t], t == 1 && i % 2 == 0 ? daniel : priya, discussed: true, t);
            meeting.SharedNotes = $"- {mine[0]}: celebrated in the team channel\n- Agreed to look at **{mine[1].ToLowerInvariant()}** together\n- Next: check the plan in two weeks";
            meeting.PartnerNoteEdits = 2;
            meeting.LeadNoteEdits = 1;
            var due = DateOnly.FromDateTime(TimeZones.InZone(past[i].At.AddDays(7), zone));
            var kept = i < past.Count - 2;
            Step(withPriya, meeting, $"Follow up on {mine[1].ToLowerInvariant()}", i % 2 == 0 ? priya : daniel, due,
                kept ? past[i].At.AddDays(i == 1 ? 9 : 5) : null);
            db.AskedQuestions.Add(new AskedQuestion
            {
                Id = Ids.New(time), SeriesId = withPriya.Id, MeetingId = meeting.Id, QuestionKey = CoachingQuestions.BuiltIn[i * 7 % CoachingQuestions.BuiltIn.Count].Key,
                AskedById = daniel.Id, AskedAt = past[i].At,
            });
        }
        if (past.Count > 0)
        {
            db.PrivateNotes.Add(new PrivateNote
            {
                Id = Ids.New(time), MeetingId = db.Meetings.Local.Last().Id, AuthorId = daniel.Id,
                Text = "Priya seems ready for the migration lead. Check her appetite for leading people before suggesting it.",
            });
        }
        await db.SaveChangesAsync(ct);
        await planner.PlanAsync(withPriya, ct);
        var next = db.Meetings.Local.Where(m => m.SeriesId == withPriya.Id && m.StartsAt > now).MinBy(m => m.StartsAt);
        if (next is not null)
        {
            Topic(withPriya, next, "Wins since last time", "The migration plan got approved", priya, discussed: false, 0);
            Topic(withPriya, next, "Development focus", "Talk through the incident command course", priya, discussed: false, 1, carried: 1);
            Topic(withPriya, next, "Help needed", "Headcount for next quarter", daniel, discussed: false, 2);
        }

        foreach (var report in people.Where(p => p.ManagerId == daniel.Id && p.Id != priya.Id))
        {
            var series = Series(daniel, report, PairKind.Reporting, Cadence.Biweekly, DayOfWeek.Thursday, new TimeOnly(14, 0), today);
            await db.SaveChangesAsync(ct);
            await planner.PlanAsync(series, ct);
        }
        db.MeetingTemplates.Add(MentoringTemplate());
        var mentoring = Series(sofia, daniel, PairKind.Mentoring, Cadence.Monthly, DayOfWeek.Friday, new TimeOnly(9, 30), today);
        mentoring.WeekOfMonth = 1;
        await db.SaveChangesAsync(ct);
        await planner.PlanAsync(mentoring, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>HR's template for mentoring pairs, in the organisation's library.</summary>
    private MeetingTemplate MentoringTemplate()
    {
        var template = new MeetingTemplate
        {
            Id = Ids.New(time), Name = "Mentoring", Description = "For mentor pairs across teams: the mentee's agenda, monthly.",
        };
        (string Title, int Minutes, string Prompt)[] sections =
        [
            ("Since last time", 5, "What did you try from last month? What happened?"),
            ("A situation to think through", 15, "Bring one real situation: what is at stake, what have you considered?"),
            ("Where you want to grow", 5, "Which skill or kind of work do you want more of?"),
            ("Before next time", 5, "One thing to try, and how you'll know it worked."),
        ];
        template.Sections = [.. sections.Select((x, i) => new TemplateSection
        {
            Id = Ids.New(time), TemplateId = template.Id, Position = i, Title = x.Title, Minutes = x.Minutes, Prompt = x.Prompt,
        })];
        return template;
    }

    private OneOnOneSeries Series(Person lead, Person partner, PairKind kind, Cadence cadence, DayOfWeek day, TimeOnly at, DateOnly start)
    {
        var series = new OneOnOneSeries
        {
            Id = Ids.New(time), LeadId = lead.Id, PartnerId = partner.Id, Kind = kind, Cadence = cadence, Weekday = day, LocalTime = at,
            TimeZone = lead.TimeZone, DurationMinutes = 30, StartDate = start, CreatedById = lead.Id, VideoLink = "https://meet.example.com/" + lead.Name.Split(' ')[0].ToLowerInvariant(),
        };
        db.OneOnOneSeries.Add(series);
        return series;
    }

    private Meeting Meeting(OneOnOneSeries series, DateOnly date, DateTimeOffset at)
    {
        var meeting = new Meeting { Id = Ids.New(time), SeriesId = series.Id, OccursOn = date, StartsAt = at, DurationMinutes = series.DurationMinutes };
        db.Meetings.Add(meeting);
        return meeting;
    }

    private void Topic(OneOnOneSeries series, Meeting meeting, string section, string text, Person author, bool discussed, int position, int carried = 0) =>
        db.AgendaItems.Add(new AgendaItem
        {
            Id = Ids.New(time), SeriesId = series.Id, MeetingId = meeting.Id, Section = section, Text = text, AuthorId = author.Id,
            Discussed = discussed, Position = position, TimesCarried = carried,
        });

    private void Step(OneOnOneSeries series, Meeting meeting, string text, Person owner, DateOnly due, DateTimeOffset? done) =>
        db.Commitments.Add(new Commitment
        {
            Id = Ids.New(time), SeriesId = series.Id, MeetingId = meeting.Id, Text = text, OwnerId = owner.Id, DueDate = due, DoneAt = done, CreatedById = owner.Id,
        });
}
