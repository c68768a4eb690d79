using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Development;
using Tandem.Features.People;

namespace Tandem.Features.Talent;

/// <summary>Reading talent reviews and key roles, for HR admins and each review's participants only.</summary>
public sealed class TalentQueries(TandemDb db, TalentAccess access, DevelopmentAccess development)
{
    public Task<List<TalentReviewSummary>> ListAsync(CancellationToken ct)
    {
        var roles = access.Roles();
        return access.Reviews().AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Select(r => new TalentReviewSummary(r.Id, r.Name, roles.Count(k => k.ReviewId == r.Id), db.TalentParticipants.Count(p => p.ReviewId == r.Id)))
            .ToListAsync(ct);
    }

    public async Task<TalentReviewDetails?> GetAsync(Guid id, CancellationToken ct)
    {
        var review = await access.Reviews().AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Id, r.Name }).SingleOrDefaultAsync(ct);
        if (review is null) return null;
        var participants = await db.TalentParticipants.AsNoTracking().Where(p => p.ReviewId == id)
            .Join(db.People, p => p.PersonId, p => p.Id, (_, p) => p).OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new PersonRef(p.Id, p.Name, p.Title)).ToListAsync(ct);
        var roles = await access.Roles().AsNoTracking().Where(r => r.ReviewId == id).OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.LeadsPeople, Holder = db.People.Where(p => p.Id == r.HolderId).Select(p => p.Name).FirstOrDefault(), r.FlightRisk, r.ImpactOfLoss })
            .ToListAsync(ct);
        var roleIds = roles.Select(r => r.Id).ToList();
        var successors = await Nominations(access.Successors().Where(s => roleIds.Contains(s.RoleId))).ToListAsync(ct);
        var byRole = successors.ToLookup(s => s.RoleId);
        return new TalentReviewDetails(review.Id, review.Name, participants, [.. roles.Select(r =>
        {
            var bench = byRole[r.Id].ToList();
            return new KeyRoleSummary(r.Id, r.Title, r.Holder, r.FlightRisk, r.ImpactOfLoss, bench.Count(s => s.Readiness == Readiness.ReadyNow),
                bench.Count(s => s.Readiness == Readiness.OneToTwoYears), bench.Count(s => s.Readiness == Readiness.ThreeYearsOrMore),
                bench.Count(s => Warned(r.Title, r.LeadsPeople, s)));
        })], access.IsHrAdmin);
    }

    public async Task<KeyRoleDetails?> RoleAsync(Guid id, CancellationToken ct)
    {
        var role = await access.Roles().AsNoTracking().Where(r => r.Id == id).Select(r => new
        {
            Role = r,
            Review = db.TalentReviews.Where(v => v.Id == r.ReviewId).Select(v => v.Name).First(),
            // Two scalar lookups: one of an anonymous pair would be translated into a window over every person of the organisation.
            Holder = db.People.Where(p => p.Id == r.HolderId).Select(p => p.Name).FirstOrDefault(),
            HolderEmail = db.People.Where(p => p.Id == r.HolderId).Select(p => p.Email).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct);
        if (role is null) return null;
        var r = role.Role;
        var nominations = await Nominations(access.Successors().Where(s => s.RoleId == id)).ToListAsync(ct);
        var successors = new List<SuccessorDetails>();
        foreach (var s in nominations.OrderBy(s => s.Readiness).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            var warnings = new List<string>();
            if (s.Shared && r.LeadsPeople && s.WantsToLead == LeadershipWish.No) warnings.Add(TalentRules.DoesNotWantToLead);
            if (s.Shared && TalentRules.AimsElsewhere(r.Title, s.Aspiration))
                // The destination is quoted to those who may read the plan (HR, the person's manager chain); others learn only that it differs.
                warnings.Add(await development.CanReadPlanAsync(s.PersonId, shared: true, ct)
                    ? $"Their shared development plan aims elsewhere: “{s.Aspiration!.Trim().TrimEnd('.')}”."
                    : "Their shared development plan aims elsewhere: ask their manager or HR what they want next.");
            successors.Add(new SuccessorDetails(s.Id, s.PersonId, s.Name, s.Title, s.Readiness, TalentRules.Label(s.Readiness), s.FlightRisk, s.Notes,
                s.NominatedBy ?? "Someone who has left", warnings, s.Version));
        }
        return new KeyRoleDetails(r.Id, r.ReviewId, role.Review, r.Title, r.HolderId, role.Holder, role.HolderEmail, r.LeadsPeople, r.FlightRisk, r.ImpactOfLoss, r.Notes, successors,
            access.IsHrAdmin, r.Version);
    }

    private static bool Warned(string title, bool leadsPeople, Nomination s) =>
        s.Shared && ((leadsPeople && s.WantsToLead == LeadershipWish.No) || TalentRules.AimsElsewhere(title, s.Aspiration));

    // Each nomination with the person and what their development plan says, if they shared it.
    private IQueryable<Nomination> Nominations(IQueryable<Successor> successors) =>
        from s in successors.AsNoTracking()
        join p in db.People on s.PersonId equals p.Id
        from plan in db.DevelopmentPlans.Where(d => d.PersonId == s.PersonId).DefaultIfEmpty()
        select new Nomination(s.Id, s.RoleId, s.PersonId, p.Name, p.Title, s.Readiness, s.FlightRisk, s.Notes,
            db.People.Where(x => x.Id == s.NominatedById).Select(x => x.Name).FirstOrDefault(),
            plan != null && plan.SharedAt != null, plan == null ? LeadershipWish.Unsure : plan.WantsToLead, plan == null ? null : plan.Aspiration, s.Version);

    private sealed record Nomination(Guid Id, Guid RoleId, Guid PersonId, string Name, string? Title, Readiness Readiness, Level? FlightRisk, string? Notes,
        string? NominatedBy, bool Shared, LeadershipWish WantsToLead, string? Aspiration, long Version);
}
