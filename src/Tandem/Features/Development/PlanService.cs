using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>
/// Development plans: the person writes and moves their own; once shared, their manager chain and HR admins read
/// it (a draft is the person's alone); never peers. Also the learning catalogue and its recommendations.
/// </summary>
public sealed class PlanService(TandemDb db, CurrentUser me, DevelopmentAccess access, AdminReads adminReads, AssessmentService assessments, IFeedbackEvidence feedback, IManagerMeetings meetings, TimeProvider time)
{
    private const int MeetingsBeforeStale = 3;

    public async Task<PlanInfo?> GetAsync(Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(ct);
        if (person is null) return null;
        var plan = await db.DevelopmentPlans.AsNoTracking().Include(p => p.Routes).Include(p => p.Actions).SingleOrDefaultAsync(p => p.PersonId == personId, ct);
        var mine = personId == me.PersonId;
        if (!await access.CanReadPlanAsync(personId, plan?.SharedAt is not null, ct)) return null;
        await adminReads.RecordAsync("development plan", [personId], ct);
        var recommendations = await RecommendAsync(personId, ct);
        if (plan is null)
            return new PlanInfo(null, person.Id, person.Name, null, null, LeadershipWish.Unsure, null, null, null, false, [], [], false, 0, mine, recommendations, []);
        var actions = plan.Actions.OrderBy(a => a.Status == ActionStatus.Done).ThenByDescending(a => a.IsNextExit).ThenBy(a => a.DueDate).Select(Info).ToList();
        // The feedback → development loop: has feedback on what the actions work on changed since work on it began?
        var starts = plan.Actions.Where(a => a.CapabilityId is not null).GroupBy(a => a.CapabilityId!.Value).Select(g => (g.Key, g.Min(a => a.CreatedAt))).ToList();
        return new PlanInfo(plan.Id, person.Id, person.Name, plan.Aspiration, plan.Horizon, plan.WantsToLead, plan.Strengths, plan.GrowthAreas, plan.StrengthsPlan,
            plan.SharedAt is not null, [.. plan.Routes.OrderBy(r => r.Position).Select(r => new RouteInput(r.Kind, r.Description, r.TradeOffs))],
            actions, await IsStaleAsync(personId, plan.Actions, ct), plan.Version, mine, recommendations, await feedback.CapabilityTrendsAsync(personId, starts, ct));
    }

    /// <summary>Whether the signed-in person may open this person's plan page (their own, or a shared plan they may read).</summary>
    public async Task<bool> IsReadableAsync(Guid personId, CancellationToken ct) =>
        await access.CanReadPlanAsync(personId, await db.DevelopmentPlans.AnyAsync(p => p.PersonId == personId && p.SharedAt != null, ct), ct);

    public async Task<Outcome<PlanInfo>> SaveAsync(PlanInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Limit(nameof(input.Aspiration), input.Aspiration, "Destination", DevelopmentRules.DescriptionMax);
        errors.Limit(nameof(input.Horizon), input.Horizon, "Horizon", DevelopmentRules.NameMax);
        errors.Limit(nameof(input.Strengths), input.Strengths, "Strengths", DevelopmentRules.DescriptionMax);
        errors.Limit(nameof(input.GrowthAreas), input.GrowthAreas, "Growth areas", DevelopmentRules.DescriptionMax);
        errors.Limit(nameof(input.StrengthsPlan), input.StrengthsPlan, "Strengths plan", DevelopmentRules.DescriptionMax);
        if (!Enum.IsDefined(input.WantsToLead)) errors.Add(nameof(input.WantsToLead), "Answer yes, no or not sure.");
        var routes = (input.Routes ?? []).Where(r => r is not null).ToList();
        if (routes.Count > 10) errors.Add(nameof(input.Routes), "Keep it to ten routes at most.");
        for (var i = 0; i < routes.Count; i++)
        {
            if (!Enum.IsDefined(routes[i].Kind)) errors.Add($"Routes[{i}].Kind", "Choose a kind of route.");
            errors.Require($"Routes[{i}].Description", routes[i].Description, "Route", DevelopmentRules.DescriptionMax);
            errors.Limit($"Routes[{i}].TradeOffs", routes[i].TradeOffs, "Trade-offs", DevelopmentRules.DescriptionMax);
        }
        if (errors.Any) return errors.ToFailure();
        var plan = await OwnPlanAsync(ct);
        if (plan.Version != input.Version && plan.CreatedAt != default)
            return Failure.Conflict("Your plan changed in another window. Reload it and make your change again.");
        plan.Aspiration = Text.Clean(input.Aspiration);
        plan.Horizon = Text.Clean(input.Horizon);
        plan.WantsToLead = input.WantsToLead;
        plan.Strengths = Text.Clean(input.Strengths);
        plan.GrowthAreas = Text.Clean(input.GrowthAreas);
        plan.StrengthsPlan = Text.Clean(input.StrengthsPlan);
        db.RouteOptions.RemoveRange(plan.Routes);
        plan.Routes = [.. routes.Select((r, i) => new RouteOption { Id = Ids.New(time), PlanId = plan.Id, Kind = r.Kind, Description = r.Description.Trim(), TradeOffs = Text.Clean(r.TradeOffs), Position = i })];
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Your plan changed in another window. Reload it and make your change again.");
        }
        return (await GetAsync(me.PersonId, ct))!;
    }

    public async Task<PlanInfo> ShareAsync(ShareInput input, CancellationToken ct)
    {
        var plan = await OwnPlanAsync(ct);
        plan.SharedAt = input.Shared ? plan.SharedAt ?? time.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(me.PersonId, ct))!;
    }

    public async Task<Outcome<PlanInfo>> AddActionAsync(ActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Text), input.Text, "Action", DevelopmentRules.ActionMax);
        CheckDue(errors, input.DueDate, input.IsNextExit);
        if (input.CapabilityId is { } c && !await db.Capabilities.AnyAsync(x => x.Id == c, ct))
            errors.Add(nameof(input.CapabilityId), "That capability is not in your organisation's framework.");
        if (errors.Any) return errors.ToFailure();
        var plan = await OwnPlanAsync(ct);
        if (input.IsNextExit) foreach (var a in plan.Actions) a.IsNextExit = false;
        plan.Actions.Add(new DevelopmentAction
        {
            Id = Ids.New(time), PlanId = plan.Id, Text = input.Text.Trim(), DueDate = input.DueDate, IsNextExit = input.IsNextExit, CapabilityId = input.CapabilityId,
        });
        await db.SaveChangesAsync(ct);
        return (await GetAsync(me.PersonId, ct))!;
    }

    public async Task<Outcome<PlanInfo>> UpdateActionAsync(Guid actionId, ActionUpdate input, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.Include(p => p.Actions).SingleOrDefaultAsync(p => p.PersonId == me.PersonId, ct);
        var action = plan?.Actions.SingleOrDefault(a => a.Id == actionId);
        if (plan is null || action is null) return Failure.NotFound("No such action in your plan.");
        var errors = new FieldErrors();
        if (input.Status is { } status && !Enum.IsDefined(status)) errors.Add(nameof(input.Status), "Choose not started, in progress or done.");
        CheckDue(errors, input.DueDate ?? action.DueDate, input.IsNextExit ?? false, input.DueDate is not null);
        if (errors.Any) return errors.ToFailure();
        if (input.Status is { } s) action.Status = s;
        if (input.DueDate is { } due && due != action.DueDate)
        {
            action.DueDate = due;
            action.RemindedAt = null;
        }
        if (input.IsNextExit == true) foreach (var a in plan.Actions) a.IsNextExit = a.Id == actionId;
        else if (input.IsNextExit == false) action.IsNextExit = false;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(me.PersonId, ct))!;
    }

    /// <summary>What a 1:1 about this person shows of their plan; null when the viewer may not read it.</summary>
    public async Task<DevelopmentFocus?> FocusAsync(Guid personId, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().Include(p => p.Actions).SingleOrDefaultAsync(p => p.PersonId == personId, ct);
        if (plan is null || !await access.CanReadPlanAsync(personId, plan.SharedAt is not null, ct)) return null;
        return new DevelopmentFocus(personId, [.. plan.Actions.Where(a => a.Status != ActionStatus.Done).OrderByDescending(a => a.IsNextExit).ThenBy(a => a.DueDate).Select(Info)],
            await IsStaleAsync(personId, plan.Actions, ct), plan.SharedAt is not null);
    }

    public async Task<Outcome<ResourceInfo>> AddResourceAsync(ResourceInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the learning catalogue.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Title), input.Title, "Title", 200);
        errors.Limit(nameof(input.Link), input.Link, "Link", DevelopmentRules.LinkMax);
        if (Text.Clean(input.Link) is { } link && !WebLinks.IsWebLink(link)) errors.Add(nameof(input.Link), "The link must be a web address starting with https://.");
        if (!Enum.IsDefined(input.Kind)) errors.Add(nameof(input.Kind), "Choose course, book, article, mentoring or project.");
        var capability = await db.Capabilities.Where(c => c.Id == input.CapabilityId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (capability is null) errors.Add(nameof(input.CapabilityId), "That capability is not in your organisation's framework.");
        var levels = (await assessments.ScaleAsync(ct)).Count;
        if (input.TargetLevel < 1 || input.TargetLevel > levels) errors.Add(nameof(input.TargetLevel), $"Levels go from 1 to {levels}.");
        if (input.EffortHours is < 0 or > 1_000) errors.Add(nameof(input.EffortHours), "Effort is from 0 to 1,000 hours.");
        if (errors.Any) return errors.ToFailure();
        var resource = new LearningResource
        {
            Id = Ids.New(time), Title = input.Title.Trim(), Link = Text.Clean(input.Link), Kind = input.Kind, CapabilityId = input.CapabilityId,
            TargetLevel = input.TargetLevel, EffortHours = input.EffortHours,
        };
        db.LearningResources.Add(resource);
        await db.SaveChangesAsync(ct);
        return new ResourceInfo(resource.Id, resource.Title, resource.Link, resource.Kind, resource.CapabilityId, capability!, resource.TargetLevel, resource.EffortHours);
    }

    public Task<List<ResourceInfo>> ResourcesAsync(CancellationToken ct) =>
        db.LearningResources.AsNoTracking().Join(db.Capabilities, r => r.CapabilityId, c => c.Id, (r, c) => new { r, c.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.r.TargetLevel)
            .Select(x => new ResourceInfo(x.r.Id, x.r.Title, x.r.Link, x.r.Kind, x.r.CapabilityId, x.Name, x.r.TargetLevel, x.r.EffortHours)).ToListAsync(ct);

    // Resources for the person's three largest gaps (future first), each aimed just above where they are.
    private async Task<List<ResourceInfo>> RecommendAsync(Guid personId, CancellationToken ct)
    {
        var capabilities = await assessments.CapabilitiesAsync(personId, ct);
        if (capabilities is null) return [];
        var gaps = capabilities.Capabilities.Where(c => (c.GapFuture ?? 0) > 0 || (c.GapNow ?? 0) > 0)
            .OrderByDescending(c => c.GapFuture ?? 0).ThenByDescending(c => c.GapNow ?? 0).Take(3).ToList();
        var resources = await ResourcesAsync(ct);
        return [.. gaps.SelectMany(g => resources.Where(r => r.CapabilityId == g.Capability.Id && r.TargetLevel > (g.Current ?? 0))
            .OrderBy(r => r.TargetLevel).Take(2))];
    }

    // Stale: open actions, none moved since the third most recent held 1:1 with the person's manager.
    private async Task<bool> IsStaleAsync(Guid personId, IReadOnlyCollection<DevelopmentAction> actions, CancellationToken ct)
    {
        if (actions.All(a => a.Status == ActionStatus.Done)) return false;
        var since = await meetings.NthLastHeldAsync(personId, MeetingsBeforeStale, ct);
        return since is { } s && actions.Max(a => a.UpdatedAt) < s;
    }

    private async Task<DevelopmentPlan> OwnPlanAsync(CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans.Include(p => p.Routes).Include(p => p.Actions).SingleOrDefaultAsync(p => p.PersonId == me.PersonId, ct);
        if (plan is not null) return plan;
        plan = new DevelopmentPlan { Id = Ids.New(time), PersonId = me.PersonId };
        db.DevelopmentPlans.Add(plan);
        return plan;
    }

    private void CheckDue(FieldErrors errors, DateOnly? due, bool nextExit, bool checkPast = true)
    {
        if (nextExit && due is null) errors.Add("DueDate", "The next exit needs a date: when will you have done it?");
        if (checkPast && due is { } d && d < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1)) errors.Add("DueDate", "That date has passed: choose today or later.");
    }

    private static ActionInfo Info(DevelopmentAction a) => new(a.Id, a.Text, a.Status, a.DueDate, a.IsNextExit, a.CapabilityId, a.UpdatedAt);
}
