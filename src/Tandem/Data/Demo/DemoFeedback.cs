using Microsoft.EntityFrameworkCore;
using Tandem.Features.Feedback;
using Tandem.Features.People;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's feedback: Northwind's values, public praise across teams with reactions, feedback to and from
/// Priya (each kind and visibility) with recurring themes, and an open request Daniel made about Priya.
/// </summary>
public sealed class DemoFeedback(TandemDb db, TimeProvider time)
{
    public async Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var daniel = people.Single(p => p.Email == DemoOrganization.ManagerEmail);
        var priya = people.Single(p => p.Email == DemoOrganization.EmployeeEmail);
        var sofia = people.Single(p => p.Email == DemoOrganization.HrAdminEmail);
        var team = people.Where(p => p.ManagerId == daniel.Id && p.Id != priya.Id).ToList();
        var others = people.Where(p => p.ManagerId is not null && p.Id != priya.Id && p.Id != daniel.Id && !team.Contains(p)).Take(6).ToList();

        string[][] valueRows =
        [
            ["Customers first", "We start from the problem a customer has, and check we solved it."],
            ["Own it", "We finish what we start, and say early when something is off track."],
            ["Share what you learn", "Notes, demos, pairing: knowledge is not kept in one head."],
            ["Kind and direct", "We say the useful thing, with care."],
        ];
        var values = valueRows.Select((v, i) => new CompanyValue { Id = Ids.New(time), Name = v[0], Description = v[1], Position = i }).ToList();
        db.CompanyValues.AddRange(values);

        FeedbackItem Add(Person giver, Person receiver, FeedbackKind kind, FeedbackVisibility visibility, string text, CompanyValue? value = null,
            string? theme = null, (string What, string SoWhat, string NowWhat)? structure = null)
        {
            var item = new FeedbackItem
            {
                Id = Ids.New(time), GiverId = giver.Id, ReceiverId = receiver.Id, Kind = kind, Visibility = visibility, Text = text, Theme = theme,
                What = structure?.What, SoWhat = structure?.SoWhat, NowWhat = structure?.NowWhat,
                Values = value is null ? [] : [new FeedbackValueTag { ValueId = value.Id }],
            };
            db.FeedbackItems.Add(item);
            return item;
        }

        Add(daniel, priya, FeedbackKind.Praise, FeedbackVisibility.Public,
            "The deploy dashboard you shipped cut our morning triage from 30 minutes to 5. Three teams asked to use it.", values[0], "developer experience");
        Add(team[0], priya, FeedbackKind.Praise, FeedbackVisibility.Public,
            "Thanks for pairing with me on the flaky tests on Thursday: I finally understand how our fixtures work.", values[2], "mentoring");
        Add(daniel, priya, FeedbackKind.Constructive, FeedbackVisibility.ToPerson,
            "In Tuesday's design review the migration plan went straight to implementation details, and the product folks got lost.",
            null, "stakeholder communication",
            ("You opened the review with the database schema.", "Product couldn't follow, and the decision slipped a week.", "Open with the problem and two options; keep the schema for the appendix."));
        Add(team[1 % team.Count], priya, FeedbackKind.Feedforward, FeedbackVisibility.ToPerson,
            "Next time you write up an incident, a short timeline at the top would help people who join late.", null, "stakeholder communication");
        Add(sofia, priya, FeedbackKind.Praise, FeedbackVisibility.ToPersonAndManager,
            "Your onboarding buddy notes were the best we've had. I'd like to reuse them for the whole company.", values[2], "mentoring");
        Add(priya, daniel, FeedbackKind.Feedforward, FeedbackVisibility.ToPerson,
            "Sharing the quarter's priorities a week before planning would let us come with better estimates.");
        Add(priya, team[0], FeedbackKind.Praise, FeedbackVisibility.Public, "You took the pager on a holiday weekend without being asked. Thank you.", values[1]);
        foreach (var (giver, receiver, value, text) in new[]
                 {
                     (others[0], others[1], values[0], "You called the customer back the same day and turned a cancellation into a renewal."),
                     (others[2], others[3], values[3], "You told me my estimate was too optimistic, kindly and with numbers. You were right."),
                     (others[4], others[5], values[1], "The release checklist you wrote stopped two bad deploys this month."),
                     (sofia, daniel, values[3], "Your skip-level notes were honest and constructive: it helped the whole leadership team."),
                 })
            Add(giver, receiver, FeedbackKind.Praise, FeedbackVisibility.Public, text, value);
        await db.SaveChangesAsync(ct);

        // Spread over the last four months, oldest first (as their time-ordered ids are), so the balance chart has a shape.
        var given = db.FeedbackItems.Local.ToList();
        for (var i = 0; i < given.Count; i++)
        {
            var id = given[i].Id;
            var at = now.AddDays(-9 * (given.Count - i));
            await db.FeedbackItems.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.CreatedAt, at), ct);
        }
        var wall = given.Where(f => f.Visibility == FeedbackVisibility.Public).ToList();
        foreach (var (item, index) in wall.Select((item, index) => (item, index)))
            foreach (var person in people.Skip(index).Take(3 + index % 4))
                if (person.Id != item.GiverId) db.FeedbackReactions.Add(new FeedbackReaction { ItemId = item.Id, PersonId = person.Id, Kind = (ReactionKind)(index % 3) });

        var request = new FeedbackRequest
        {
            Id = Ids.New(time), RequesterId = daniel.Id, SubjectId = priya.Id, CreatedAt = now, DueDate = DateOnly.FromDateTime(now.AddDays(6).UtcDateTime),
            Prompts = "Priya led the build-time project this quarter. What did she do that helped you most, and what could she try next time?",
            Recipients = [.. team.Take(3).Select(p => new FeedbackRequestRecipient { RecipientId = p.Id, AnsweredAt = p == team[0] ? now : null })],
        };
        db.FeedbackRequests.Add(request);
        await db.SaveChangesAsync(ct);
    }
}
