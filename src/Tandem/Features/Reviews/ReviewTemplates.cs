using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// HR's review templates. Saving a version that a cycle has opened with writes the next version instead, so open and
/// finished cycles keep the questions their reviews answer; cycles not open yet move to the new version.
/// </summary>
public sealed class ReviewTemplates(TandemDb db, CurrentUser me, TimeProvider time)
{
    public async Task<List<ReviewTemplateInfo>> ListAsync(CancellationToken ct) =>
        me.IsHrAdmin ? await ReadAsync(db.ReviewTemplates.Where(t => t.IsCurrent), ct) : [];

    public async Task<ReviewTemplateInfo?> GetAsync(Guid id, CancellationToken ct) =>
        me.IsHrAdmin ? (await ReadAsync(db.ReviewTemplates.Where(t => t.Id == id), ct)).SingleOrDefault() : null;

    public async Task<Outcome<ReviewTemplateInfo>> CreateAsync(ReviewTemplateInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the review templates.");
        if (await CheckAsync(input, null, ct) is { } failure) return failure;
        var id = Ids.New(time);
        db.ReviewTemplates.Add(New(id, input));
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    /// <summary>Adds a starter template of the library (under a free name: "Annual review (2)" when the name is taken).</summary>
    public async Task<Outcome<ReviewTemplateInfo>> AddStarterAsync(string key, CancellationToken ct)
    {
        if (StarterTemplates.Find(key) is not { } starter) return Failure.NotFound("No such starter template.");
        var name = starter.Template.Name;
        for (var n = 2; await db.ReviewTemplates.AnyAsync(t => t.IsCurrent && t.Name == name, ct); n++) name = $"{starter.Template.Name} ({n})";
        return await CreateAsync(starter.Template with { Name = name }, ct);
    }

    public async Task<Outcome<ReviewTemplateInfo>> UpdateAsync(Guid id, ReviewTemplateInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the review templates.");
        var template = await db.ReviewTemplates.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return Failure.NotFound("No such template.");
        if (!template.IsCurrent) return Failure.Conflict($"This is version {template.Version}; a newer version exists. Change the newest one.");
        if (await CheckAsync(input, template.FamilyId, ct) is { } failure) return failure;
        var saved = template;
        if (await InUseAsync(id, ct))
        {
            template.IsCurrent = false;
            saved = new ReviewTemplate { Id = Ids.New(time), FamilyId = template.FamilyId, Version = template.Version + 1, Name = input.Name.Trim() };
            db.ReviewTemplates.Add(saved);
        }
        saved.Name = input.Name.Trim();
        Fill(saved, input);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict("Someone else saved this template at the same moment. Reload it to see theirs, then change it again.");
        }
        if (saved != template)
        {
            await db.ReviewCycles.Where(c => c.Phase == CyclePhase.Draft && c.TemplateId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.TemplateId, saved.Id), ct);
        }
        await transaction.CommitAsync(ct);
        return (await GetAsync(saved.Id, ct))!;
    }

    /// <summary>A version is in use once a cycle opened with it: its reviews answer these questions.</summary>
    private Task<bool> InUseAsync(Guid id, CancellationToken ct) => db.ReviewParticipants.AnyAsync(p => p.TemplateId == id, ct);

    /// <summary>A first version of a template, as <see cref="CreateAsync"/> writes it (the demo's too).</summary>
    public static ReviewTemplate New(Guid id, ReviewTemplateInput input)
    {
        var template = new ReviewTemplate { Id = id, FamilyId = id, Name = input.Name.Trim() };
        Fill(template, input);
        return template;
    }

    private static void Fill(ReviewTemplate template, ReviewTemplateInput input)
    {
        template.Description = Text.Clean(input.Description);
        template.DepartmentId = input.DepartmentId;
        template.Scale = [.. (input.Scale ?? []).Select(l => l.Trim())];
        template.Content = new TemplateContent
        {
            SelfWeight = input.SelfWeight,
            Sections =
            [
                .. input.Sections.Select((s, i) => new ReviewSection(s.Title.Trim(), s.For, s.Weight,
                    [.. s.Questions.Select((q, j) => new ReviewQuestion($"s{i + 1}q{j + 1}", q.Kind, q.Text.Trim(), Text.Clean(q.Help), q.Required))])),
            ],
        };
    }

    private async Task<List<ReviewTemplateInfo>> ReadAsync(IQueryable<ReviewTemplate> templates, CancellationToken ct)
    {
        var rows = await templates.AsNoTracking().OrderBy(t => t.Name).Select(t => new
        {
            Template = t,
            Department = db.Departments.Where(d => d.Id == t.DepartmentId).Select(d => d.Name).FirstOrDefault(),
            Cycles = db.ReviewParticipants.Where(p => p.TemplateId == t.Id).Select(p => p.CycleId).Distinct().Count(),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new ReviewTemplateInfo(r.Template.Id, r.Template.FamilyId, r.Template.Version, r.Template.Name,
            r.Template.Description, r.Template.DepartmentId, r.Department, r.Template.Scale, r.Template.Content.Sections,
            r.Template.Content.SelfWeight, r.Template.Scale.Count == 0, r.Cycles))];
    }

    private async Task<Failure?> CheckAsync(ReviewTemplateInput input, Guid? familyId, CancellationToken ct)
    {
        var errors = TemplateCheck.Errors(input);
        if (input.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
            errors.Add(nameof(input.DepartmentId), "Choose a department of this organisation.");
        var name = input.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.ReviewTemplates.AnyAsync(t => t.IsCurrent && t.FamilyId != familyId && t.Name == name, ct))
            errors.Add(nameof(input.Name), "There is already a template with this name.");
        return errors.Any ? errors.ToFailure() : null;
    }
}
