using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>Self and manager assessments, and each person's capabilities against their role profile (gap analysis).</summary>
public sealed class AssessmentService(TandemDb db, CurrentUser me, DevelopmentAccess access, AdminReads adminReads, FrameworkService framework, CapabilitySummaries summaries,
    IFeedbackEvidence feedback, Goals.GoalAccess goals, TimeProvider time)
{
    /// <summary>Records an assessment: your own (self), or your direct report's (manager). Anyone else: not found.</summary>
    public async Task<Outcome<PersonCapabilities>> AssessAsync(Guid personId, AssessmentInput input, CancellationToken ct)
    {
        if (!await access.CanReadAsync(personId, ct)) return Failure.NotFound("No such person.");
        var kind = personId == me.PersonId ? AssessmentKind.Self
            : await access.IsDirectManagerOfAsync(personId, ct) ? AssessmentKind.Manager
            : (AssessmentKind?)null;
        if (kind is null) return Failure.Forbidden("Only the person and their direct manager assess their capabilities.");
        var errors = new FieldErrors();
        var scale = await framework.ScaleAsync(ct);
        if (input.Level < 1 || input.Level > scale.Count) errors.Add(nameof(input.Level), $"Levels go from 1 ({scale[0].Name}) to {scale.Count} ({scale[^1].Name}).");
        if (!await db.Capabilities.AnyAsync(c => c.Id == input.CapabilityId, ct)) errors.Add(nameof(input.CapabilityId), "That capability is not in your organisation's framework.");
        errors.Limit(nameof(input.Evidence), input.Evidence, "Evidence", DevelopmentRules.EvidenceMax);
        if (input.FeedbackId is { } item && (await feedback.ReadableAsync(personId, [item], ct)).Count == 0)
            errors.Add(nameof(input.FeedbackId), "Point to feedback about this person that you can read.");
        if (input.GoalId is { } goal && !await goals.Readable(db.Goals.Where(g => g.Id == goal && g.OwnerPersonId == personId)).AnyAsync(ct))
            errors.Add(nameof(input.GoalId), "Point to one of this person's goals that you can see.");
        if (errors.Any) return errors.ToFailure();
        db.Assessments.Add(new Assessment
        {
            Id = Ids.New(time), PersonId = personId, CapabilityId = input.CapabilityId, AssessorId = me.PersonId, Kind = kind.Value,
            Level = input.Level, Evidence = Text.Clean(input.Evidence), FeedbackId = input.FeedbackId, GoalId = input.GoalId, At = time.GetUtcNow(),
        });
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await summaries.RefreshAsync([personId], ct);
        await transaction.CommitAsync(ct);
        return (await CapabilitiesAsync(personId, ct))!;
    }

    /// <summary>
    /// A person's capabilities: every capability their role profile requires or that was assessed, with the latest
    /// self and manager levels side by side and the gaps now and in future. Null for those who may not read it.
    /// </summary>
    public async Task<PersonCapabilities?> CapabilitiesAsync(Guid personId, CancellationToken ct)
    {
        if (!await access.CanReadAsync(personId, ct)) return null;
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name, p.Title, p.TeamId }).SingleOrDefaultAsync(ct);
        if (person is null) return null;
        await adminReads.RecordAsync("capability assessments", [personId], ct);
        var profile = await ProfileForAsync(person.Title, person.TeamId, ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.At).Select(a => new { a.CapabilityId, a.Kind, a.Level, a.Evidence, a.FeedbackId, a.GoalId }).ToListAsync(ct);
        var latest = assessments.GroupBy(a => (a.CapabilityId, a.Kind)).ToDictionary(g => g.Key, g => g.First());
        var links = await EvidenceAsync(personId, [.. latest.Values.Select(a => a.FeedbackId).OfType<Guid>()], [.. latest.Values.Select(a => a.GoalId).OfType<Guid>()], ct);
        List<EvidenceLink> LinksOf(Guid? feedbackId, Guid? goalId) => [.. links.Where(l => l.Id == feedbackId || l.Id == goalId)];
        var ids = assessments.Select(a => a.CapabilityId).Concat(profile?.Requirements.Select(r => r.CapabilityId) ?? []).Distinct().ToList();
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new CapabilityInfo(c.Id, c.CategoryId, c.Name, c.Kind, c.Description)).ToListAsync(ct);
        var gaps = capabilities.Select(c =>
        {
            var self = latest.GetValueOrDefault((c.Id, AssessmentKind.Self));
            var manager = latest.GetValueOrDefault((c.Id, AssessmentKind.Manager));
            var required = profile?.Requirements.FirstOrDefault(r => r.CapabilityId == c.Id);
            var current = GapMath.Current(manager?.Level, self?.Level);
            return new CapabilityGap(c, self?.Level, self?.Evidence, manager?.Level, manager?.Evidence, current, required?.RequiredNow, required?.RequiredFuture,
                GapMath.Gap(current, required?.RequiredNow), GapMath.Gap(current, required?.RequiredFuture),
                LinksOf(self?.FeedbackId, self?.GoalId), LinksOf(manager?.FeedbackId, manager?.GoalId));
        }).ToList();
        return new PersonCapabilities(person.Id, person.Name, profile, await framework.ScaleAsync(ct), gaps,
            personId == me.PersonId, await access.IsDirectManagerOfAsync(personId, ct));
    }

    public Task<List<LevelInfo>> ScaleAsync(CancellationToken ct) => framework.ScaleAsync(ct);

    // The goals and feedback assessments point to, as far as the viewer may read them.
    private async Task<List<EvidenceLink>> EvidenceAsync(Guid personId, List<Guid> feedbackIds, List<Guid> goalIds, CancellationToken ct)
    {
        var items = await feedback.ReadableAsync(personId, feedbackIds, ct);
        var goalLinks = goalIds.Count == 0 ? [] : await goals.Readable(db.Goals.AsNoTracking().Where(g => goalIds.Contains(g.Id)))
            .Select(g => new EvidenceLink(EvidenceKind.Goal, g.Id, g.Title)).ToListAsync(ct);
        return [.. items, .. goalLinks];
    }

    // The profile for the person's job title, or else their team's.
    private async Task<RoleProfileInfo?> ProfileForAsync(string? title, Guid? teamId, CancellationToken ct)
    {
        var profile = await db.RoleProfiles.AsNoTracking().Include(p => p.Requirements)
            .Where(p => (title != null && p.JobTitle == title) || (teamId != null && p.TeamId == teamId))
            .OrderBy(p => p.JobTitle == title ? 0 : 1).FirstOrDefaultAsync(ct);
        return profile is null ? null : new RoleProfileInfo(profile.Id, profile.Name, profile.JobTitle, profile.TeamId, profile.FutureDate,
            [.. profile.Requirements.Select(r => new RequirementInput(r.CapabilityId, r.RequiredNow, r.RequiredFuture))]);
    }
}
