using Tandem.Features.Development;
using Tandem.Features.People;
using Tandem.Features.Talent;

namespace Tandem.Data.Demo;

/// <summary>
/// The demo's talent review, "Engineering leadership": the VP of Engineering takes part with HR. Its key roles are the VP's
/// own (hidden from the VP, who holds it) and Daniel's (hidden from Daniel as its holder); Daniel is nominated to succeed the VP
/// (which he doesn't see), and Priya, Leo and Mei to succeed Daniel — Mei's shared development plan says she doesn't want to
/// lead people, so her nomination carries the warning.
/// </summary>
public sealed class DemoTalent(TandemDb db, TimeProvider time)
{
    public async Task SeedAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var vp = people.First(p => p.Title == "VP of Engineering");
        var daniel = people.Single(p => p.Email == DemoOrganization.ManagerEmail);
        var hr = people.Single(p => p.Email == DemoOrganization.HrAdminEmail);
        Person Named(string email) => people.Single(p => p.Email == email);
        var (priya, leo, mei) = (Named(DemoOrganization.EmployeeEmail), Named(DemoOrganization.PeerEmail), Named("mei@northwind.example"));

        var review = new TalentReview { Id = Ids.New(time), Name = "Engineering leadership" };
        db.TalentReviews.Add(review);
        db.TalentParticipants.Add(new TalentParticipant { ReviewId = review.Id, PersonId = vp.Id });
        var head = Role(review, "VP of Engineering", vp, Level.Medium, Level.High, "Hired three of the four engineering managers; much of the roadmap lives in their head rather than on paper.");
        var platform = Role(review, "Engineering Manager, Platform", daniel, Level.Low, Level.High, "The platform team's on-call and release practice depend on him.");
        var data = people.First(p => p.Title == "Engineering Manager" && p.Id != daniel.Id);
        Role(review, "Engineering Manager, Data", data, Level.High, Level.Medium, null);
        Successor(head, daniel, Readiness.OneToTwoYears, "Runs the best 1:1s in the department; needs a budget and a hiring round of his own.", hr);
        Successor(platform, priya, Readiness.OneToTwoYears, "Already leads design reviews; would need to take over a planning cycle first.", hr);
        Successor(platform, leo, Readiness.ThreeYearsOrMore, null, vp);
        Successor(platform, mei, Readiness.ReadyNow, "The team turns to her when releases go wrong.", vp);
        db.DevelopmentPlans.Add(new DevelopmentPlan
        {
            Id = Ids.New(time), PersonId = mei.Id, SharedAt = time.GetUtcNow().AddDays(-20), WantsToLead = LeadershipWish.No, Horizon = "in three years",
            Aspiration = "Become a staff engineer for our data pipelines: deeper technical work, not managing people.",
        });
        await db.SaveChangesAsync(ct);
    }

    private KeyRole Role(TalentReview review, string title, Person holder, Level risk, Level impact, string? notes)
    {
        var role = new KeyRole { Id = Ids.New(time), ReviewId = review.Id, Title = title, HolderId = holder.Id, LeadsPeople = true, FlightRisk = risk, ImpactOfLoss = impact, Notes = notes };
        db.KeyRoles.Add(role);
        return role;
    }

    private void Successor(KeyRole role, Person person, Readiness readiness, string? notes, Person by) =>
        db.Successors.Add(new Successor { Id = Ids.New(time), RoleId = role.Id, PersonId = person.Id, Readiness = readiness, Notes = notes, NominatedById = by.Id });
}
