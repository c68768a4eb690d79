using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>The capability framework: categories, capabilities, the competence scale and role profiles. HR admins change it.</summary>
public sealed class FrameworkService(TandemDb db, CurrentUser me, CapabilitySummaries summaries, TimeProvider time)
{
    public async Task<FrameworkInfo> GetAsync(CancellationToken ct)
    {
        var scale = await ScaleAsync(ct);
        var categories = await db.CapabilityCategories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(ct);
        var capabilities = await db.Capabilities.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CapabilityInfo(c.Id, c.CategoryId, c.Name, c.Kind, c.Description)).ToListAsync(ct);
        return new FrameworkInfo(scale, [.. categories.Select(c => new CategoryInfo(c.Id, c.Name, [.. capabilities.Where(x => x.CategoryId == c.Id)]))]);
    }

    /// <summary>The organisation's scale: its own level names, or Tandem's default five levels.</summary>
    public async Task<List<LevelInfo>> ScaleAsync(CancellationToken ct)
    {
        var own = await db.CompetenceLevels.AsNoTracking().OrderBy(l => l.Level).Select(l => new LevelInfo(l.Level, l.Name, l.Description)).ToListAsync(ct);
        return own.Count > 0 ? own : [.. DevelopmentRules.DefaultScale.Select((l, i) => new LevelInfo(i + 1, l.Name, l.Description))];
    }

    public async Task<Outcome<CategoryInfo>> AddCategoryAsync(CategoryInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the capability framework.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", DevelopmentRules.NameMax);
        var name = input.Name?.Trim();
        if (name is not null && await db.CapabilityCategories.AnyAsync(c => c.Name == name, ct)) errors.Add(nameof(input.Name), "There is a category with this name already.");
        if (errors.Any) return errors.ToFailure();
        var category = new CapabilityCategory { Id = Ids.New(time), Name = name!, Position = await db.CapabilityCategories.CountAsync(ct) };
        db.CapabilityCategories.Add(category);
        await db.SaveChangesAsync(ct);
        return new CategoryInfo(category.Id, category.Name, []);
    }

    public async Task<Outcome<CapabilityInfo>> SaveCapabilityAsync(Guid? id, CapabilityInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the capability framework.");
        var capability = id is { } existing ? await db.Capabilities.SingleOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id is not null && capability is null) return Failure.NotFound("No such capability.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", DevelopmentRules.NameMax);
        errors.Limit(nameof(input.Description), input.Description, "Description", DevelopmentRules.DescriptionMax);
        if (!Enum.IsDefined(input.Kind)) errors.Add(nameof(input.Kind), "Choose skill, behaviour or knowledge.");
        if (!await db.CapabilityCategories.AnyAsync(c => c.Id == input.CategoryId, ct)) errors.Add(nameof(input.CategoryId), "Choose a category of your organisation's framework.");
        var name = input.Name?.Trim();
        if (name is not null && await db.Capabilities.AnyAsync(c => c.CategoryId == input.CategoryId && c.Name == name && c.Id != id, ct))
            errors.Add(nameof(input.Name), "This category has a capability with this name already.");
        if (errors.Any) return errors.ToFailure();
        if (capability is null)
        {
            capability = new Capability { Id = Ids.New(time), Name = name! };
            db.Capabilities.Add(capability);
        }
        capability.CategoryId = input.CategoryId;
        capability.Name = name!;
        capability.Kind = input.Kind;
        capability.Description = Text.Clean(input.Description);
        await db.SaveChangesAsync(ct);
        return new CapabilityInfo(capability.Id, capability.CategoryId, capability.Name, capability.Kind, capability.Description);
    }

    /// <summary>Renames a level (and describes it). The first change stores the whole default scale as the organisation's own.</summary>
    public async Task<Outcome<LevelInfo>> SaveLevelAsync(int level, LevelInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the capability framework.");
        var scale = await ScaleAsync(ct);
        if (scale.All(l => l.Level != level)) return Failure.NotFound($"The scale has levels 1 to {scale.Count}.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", DevelopmentRules.NameMax);
        errors.Require(nameof(input.Description), input.Description, "Description", DevelopmentRules.DescriptionMax);
        if (errors.Any) return errors.ToFailure();
        // The first rename stores the whole default scale; under the organisation lock, so two first renames can't both insert it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockOrganizationAsync(ct);
        var rows = await db.CompetenceLevels.ToListAsync(ct);
        if (rows.Count == 0)
        {
            rows = [.. (await ScaleAsync(ct)).Select(l => new CompetenceLevel { Level = l.Level, Name = l.Name, Description = l.Description })];
            db.CompetenceLevels.AddRange(rows);
        }
        var row = rows.Single(l => l.Level == level);
        row.Name = input.Name.Trim();
        row.Description = input.Description.Trim();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new LevelInfo(row.Level, row.Name, row.Description);
    }

    public async Task<List<RoleProfileInfo>> ProfilesAsync(CancellationToken ct) =>
        [.. (await db.RoleProfiles.AsNoTracking().Include(p => p.Requirements).OrderBy(p => p.Name).ToListAsync(ct)).Select(Info)];

    public async Task<RoleProfileInfo?> ProfileAsync(Guid id, CancellationToken ct) =>
        await db.RoleProfiles.AsNoTracking().Include(p => p.Requirements).SingleOrDefaultAsync(p => p.Id == id, ct) is { } p ? Info(p) : null;

    public async Task<Outcome<RoleProfileInfo>> SaveProfileAsync(Guid? id, RoleProfileInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep role profiles.");
        var profile = id is { } existing ? await db.RoleProfiles.Include(p => p.Requirements).SingleOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && profile is null) return Failure.NotFound("No such role profile.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", DevelopmentRules.NameMax);
        errors.Limit(nameof(input.JobTitle), input.JobTitle, "Job title", 200);
        if (Text.Clean(input.JobTitle) is null && input.TeamId is null) errors.Add(nameof(input.JobTitle), "Say which job title (or team) this profile is for.");
        if (input.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct)) errors.Add(nameof(input.TeamId), "Choose a team of your organisation.");
        if (input.FutureDate is { } future && future <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            errors.Add(nameof(input.FutureDate), "The future date has to be in the future.");
        var requirements = input.Requirements ?? [];
        var maxLevel = (await ScaleAsync(ct)).Count;
        var capabilityIds = requirements.Select(r => r.CapabilityId).Distinct().ToList();
        var known = await db.Capabilities.Where(c => capabilityIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        for (var i = 0; i < requirements.Count; i++)
        {
            var r = requirements[i];
            if (!known.Contains(r.CapabilityId)) errors.Add($"Requirements[{i}].CapabilityId", "That capability is not in your organisation's framework.");
            if (r.RequiredNow is { } now && (now < 1 || now > maxLevel)) errors.Add($"Requirements[{i}].RequiredNow", $"Levels go from 1 to {maxLevel}.");
            if (r.RequiredFuture is { } later && (later < 1 || later > maxLevel)) errors.Add($"Requirements[{i}].RequiredFuture", $"Levels go from 1 to {maxLevel}.");
            if (requirements.Take(i).Any(x => x.CapabilityId == r.CapabilityId)) errors.Add($"Requirements[{i}].CapabilityId", "Each capability once per profile.");
        }
        if (errors.Any) return errors.ToFailure();
        var (oldTitle, oldTeam) = (profile?.JobTitle, profile?.TeamId);
        if (profile is null)
        {
            profile = new RoleProfile { Id = Ids.New(time), Name = input.Name.Trim() };
            db.RoleProfiles.Add(profile);
        }
        profile.Name = input.Name.Trim();
        profile.JobTitle = Text.Clean(input.JobTitle);
        profile.TeamId = input.TeamId;
        profile.FutureDate = input.FutureDate;
        db.RoleRequirements.RemoveRange(profile.Requirements);
        var before = id is null ? [] : await summaries.PeopleOfProfileAsync(oldTitle, oldTeam, ct);
        profile.Requirements = [.. requirements.Select(r => new RoleRequirement { ProfileId = profile.Id, CapabilityId = r.CapabilityId, RequiredNow = r.RequiredNow, RequiredFuture = r.RequiredFuture })];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // Everyone the profile applied to before or applies to now gets their gaps recomputed.
        await summaries.RefreshAsync([.. before.Union(await summaries.PeopleOfProfileAsync(profile.JobTitle, profile.TeamId, ct))], ct);
        await transaction.CommitAsync(ct);
        return Info(profile);
    }

    private static RoleProfileInfo Info(RoleProfile p) => new(p.Id, p.Name, p.JobTitle, p.TeamId, p.FutureDate,
        [.. p.Requirements.Select(r => new RequirementInput(r.CapabilityId, r.RequiredNow, r.RequiredFuture))]);
}
