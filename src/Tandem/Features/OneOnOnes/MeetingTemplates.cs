using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Agenda templates: one size does not fit all. HR admins keep the organisation's library and may edit any
/// template; a manager keeps their own (for one of their teams, or for themselves). Everyone may use any.
/// </summary>
public sealed class MeetingTemplates(TandemDb db, CurrentUser me, Reach reach, TimeProvider time)
{
    public async Task<List<TemplateInfo>> ListAsync(CancellationToken ct)
    {
        var rows = await db.MeetingTemplates.AsNoTracking().OrderBy(t => t.TeamId != null).ThenBy(t => t.Name)
            .Select(t => new
            {
                t.Id, t.Name, t.Description, t.TeamId, t.OwnerId,
                Team = db.Teams.Where(x => x.Id == t.TeamId).Select(x => x.Name).FirstOrDefault(),
                Owner = db.People.Where(p => p.Id == t.OwnerId).Select(p => p.Name).FirstOrDefault(),
                Sections = t.Sections.OrderBy(s => s.Position).Select(s => new SectionInfo(s.Title, s.Minutes, s.Prompt)).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(t => new TemplateInfo(t.Id, t.Name, t.Description, t.TeamId, t.Team, t.Owner, t.Sections,
            me.IsHrAdmin || t.OwnerId == me.PersonId))];
    }

    public async Task<TemplateInfo?> GetAsync(Guid id, CancellationToken ct) => (await ListAsync(ct)).SingleOrDefault(t => t.Id == id);

    public async Task<Outcome<TemplateInfo>> CreateAsync(TemplateInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin && !me.IsManager) return Failure.Forbidden("HR admins and managers keep agenda templates.");
        if (await CheckAsync(input, null, ct) is { } failure) return failure;
        var template = new MeetingTemplate
        {
            Id = Ids.New(time), Name = input.Name.Trim(), Description = Text.Clean(input.Description), TeamId = input.TeamId,
            OwnerId = me.IsHrAdmin ? null : me.PersonId,
        };
        template.Sections = Sections(template.Id, input.Sections);
        db.MeetingTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(template.Id, ct))!;
    }

    public async Task<Outcome<TemplateInfo>> UpdateAsync(Guid id, TemplateInput input, CancellationToken ct)
    {
        var template = await db.MeetingTemplates.Include(t => t.Sections).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return Failure.NotFound("No such template.");
        if (!me.IsHrAdmin && template.OwnerId != me.PersonId) return Failure.Forbidden("Only the manager who keeps this template, or an HR admin, can change it.");
        if (await CheckAsync(input, id, ct) is { } failure) return failure;
        template.Name = input.Name.Trim();
        template.Description = Text.Clean(input.Description);
        template.TeamId = input.TeamId;
        db.TemplateSections.RemoveRange(template.Sections);
        template.Sections = Sections(template.Id, input.Sections);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two saves of the same template at once: the other one's sections are gone from under this one.
            return Failure.Conflict("Someone else saved this template at the same moment. Reload it to see theirs, then change it again.");
        }
        return (await GetAsync(id, ct))!;
    }

    private List<TemplateSection> Sections(Guid templateId, IReadOnlyList<SectionInput> sections) =>
        [.. sections.Select((s, i) => new TemplateSection
        {
            Id = Ids.New(time), TemplateId = templateId, Position = i, Title = s.Title.Trim(), Minutes = s.Minutes, Prompt = Text.Clean(s.Prompt),
        })];

    private async Task<Failure?> CheckAsync(TemplateInput input, Guid? id, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", OneOnOneRules.SectionMax);
        errors.Limit(nameof(input.Description), input.Description, "Description", OneOnOneRules.TopicMax);
        var sections = (input.Sections ?? []).Where(s => s is not null).ToList();
        if (sections.Count != (input.Sections?.Count ?? 0)) errors.Add(nameof(input.Sections), "A section can't be empty.");
        if (sections.Count is 0 or > OneOnOneRules.SectionsMax)
            errors.Add(nameof(input.Sections), $"A template has from 1 to {OneOnOneRules.SectionsMax} sections.");
        for (var i = 0; i < sections.Count; i++)
        {
            errors.Require($"Sections[{i}].Title", sections[i].Title, "Section title", OneOnOneRules.SectionMax);
            if (sections[i].Minutes is < 0 or > 120) errors.Add($"Sections[{i}].Minutes", "Suggested minutes are from 0 to 120.");
            errors.Limit($"Sections[{i}].Prompt", sections[i].Prompt, "Prompt", OneOnOneRules.TopicMax);
            if (sections.Take(i).Any(s => string.Equals(s.Title?.Trim(), sections[i].Title?.Trim(), StringComparison.OrdinalIgnoreCase)))
                errors.Add($"Sections[{i}].Title", "Two sections can't have the same title.");
        }
        if (input.TeamId is { } team)
        {
            var allowed = me.IsHrAdmin
                ? await db.Teams.AnyAsync(t => t.Id == team, ct)
                : await reach.LeadsTeamAsync(team, ct);
            if (!allowed) errors.Add(nameof(input.TeamId), "Choose a team you lead (a team of one of your reports).");
        }
        var name = input.Name?.Trim();
        if (name is not null && await db.MeetingTemplates.AnyAsync(t => t.Id != id && t.TeamId == input.TeamId && t.Name == name, ct))
            errors.Add(nameof(input.Name), "There is already a template with this name here.");
        return errors.Any ? errors.ToFailure() : null;
    }
}

/// <summary>A template section as written in the template form.</summary>
public sealed record SectionInput(string Title, int Minutes, string? Prompt = null);

/// <summary>An agenda template: a name, the team it is for (none: the organisation's library), and 1–12 sections.</summary>
public sealed record TemplateInput(string Name, string? Description, Guid? TeamId, IReadOnlyList<SectionInput> Sections);

/// <summary>A template with its sections and whether you may change it.</summary>
public sealed record TemplateInfo(Guid Id, string Name, string? Description, Guid? TeamId, string? TeamName, string? Owner,
    IReadOnlyList<SectionInfo> Sections, bool CanEdit);

/// <summary>Questions an organisation adds to the coaching bank (HR admins).</summary>
public sealed record QuestionInput(QuestionGroup Group, string Text);

public sealed class OrgQuestions(TandemDb db, CurrentUser me, TimeProvider time)
{
    public async Task<Outcome<QuestionInfo>> AddAsync(QuestionInput input, CancellationToken ct)
    {
        // The service checks the right itself: the endpoint's policy is not the only gate (a page calls this too).
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins keep the organisation's question bank.");
        var errors = new FieldErrors();
        if (!Enum.IsDefined(input.Group)) errors.Add(nameof(input.Group), "Choose a group.");
        errors.Require(nameof(input.Text), input.Text, "Question", OneOnOneRules.QuestionMax);
        if (errors.Any) return errors.ToFailure();
        var text = input.Text.Trim();
        if (CoachingQuestions.BuiltIn.Any(q => string.Equals(q.Text, text, StringComparison.OrdinalIgnoreCase))
            || await db.OrgQuestions.AnyAsync(q => q.Text == text, ct))
            return Failure.Invalid(nameof(input.Text), "The bank has this question already.");
        var question = new OrgQuestion { Id = Ids.New(time), Group = input.Group, Text = text, CreatedById = me.PersonId, CreatedAt = time.GetUtcNow() };
        db.OrgQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return new QuestionInfo("org-" + question.Id.ToString("N"), question.Group, question.Text);
    }
}
