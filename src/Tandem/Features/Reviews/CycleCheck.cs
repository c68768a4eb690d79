using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;

namespace Tandem.Features.Reviews;

/// <summary>What makes a cycle's setup whole: a period, a population that names real units, templates of this organisation, dates in phase order.</summary>
public static class CycleCheck
{
    public static async Task<FieldErrors> ErrorsAsync(TandemDb db, CycleInput input, Guid? id, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", ReviewRules.NameMax);
        if (!Enum.IsDefined(input.Kind)) errors.Add(nameof(input.Kind), "Choose the kind of cycle.");
        if (input.PeriodEnd < input.PeriodStart) errors.Add(nameof(input.PeriodEnd), "The period ends before it starts.");
        await PopulationAsync(db, input.Population, errors, ct);
        if (!await db.ReviewTemplates.AnyAsync(t => t.Id == input.TemplateId && t.IsCurrent, ct))
            errors.Add(nameof(input.TemplateId), "Choose a review template.");
        await DepartmentTemplatesAsync(db, input.DepartmentTemplates ?? [], errors, ct);
        Dates(input, errors);
        if (!errors.Any && await OverlappingAsync(db, input, id, ct) is { } other)
            errors.Add(nameof(input.PeriodStart),
                $"The {ReviewRules.Label(other.Kind).ToLowerInvariant()} cycle “{other.Name}” already reviews {other.PeriodStart:d MMM yyyy} – {other.PeriodEnd:d MMM yyyy} for some of the same people.");
        return errors;
    }

    private static async Task PopulationAsync(TandemDb db, Population? population, FieldErrors errors, CancellationToken ct)
    {
        const string field = nameof(CycleInput.Population);
        if (population is null)
        {
            errors.Add(field, "Say who is in the cycle.");
            return;
        }
        var ids = population.Ids ?? [];
        if (!Enum.IsDefined(population.Kind)) errors.Add($"{field}.Kind", "Choose who is in the cycle.");
        else if (ids.Count > ReviewRules.PopulationIdsMax) errors.Add($"{field}.Ids", $"Choose at most {ReviewRules.PopulationIdsMax}.");
        else if (population.Kind == PopulationKind.Departments && (ids.Count == 0 || await db.Departments.CountAsync(d => ids.Contains(d.Id), ct) != ids.Distinct().Count()))
            errors.Add($"{field}.Ids", "Choose one or more departments of this organisation.");
        else if (population.Kind == PopulationKind.Teams && (ids.Count == 0 || await db.Teams.CountAsync(t => ids.Contains(t.Id), ct) != ids.Distinct().Count()))
            errors.Add($"{field}.Ids", "Choose one or more teams of this organisation.");
        else if (population.Kind == PopulationKind.ManagerTree && (ids.Count != 1 || !await db.People.AnyAsync(p => p.Id == ids[0], ct)))
            errors.Add($"{field}.Ids", "Choose the one manager whose tree is in the cycle.");
        else if (population.Kind == PopulationKind.StartedBetween)
        {
            if (population.StartedFrom is null) errors.Add($"{field}.StartedFrom", "Say from which start date people are in the cycle.");
            else if (population.StartedTo < population.StartedFrom) errors.Add($"{field}.StartedTo", "The last start date is before the first.");
        }
    }

    private static async Task DepartmentTemplatesAsync(TandemDb db, IReadOnlyList<DepartmentTemplate> items, FieldErrors errors, CancellationToken ct)
    {
        const string field = nameof(CycleInput.DepartmentTemplates);
        if (items.Count > ReviewRules.DepartmentTemplatesMax) errors.Add(field, $"At most {ReviewRules.DepartmentTemplatesMax} departments can have their own template.");
        if (items.Any(i => i is null)) errors.Add(field, "A department's template can't be empty.");
        var valid = items.Where(i => i is not null).ToList();
        if (valid.GroupBy(i => i.DepartmentId).Any(g => g.Count() > 1)) errors.Add(field, "A department can have one template in a cycle.");
        var departments = valid.Select(i => i.DepartmentId).Distinct().ToList();
        var templates = valid.Select(i => i.TemplateId).Distinct().ToList();
        if (await db.Departments.CountAsync(d => departments.Contains(d.Id), ct) != departments.Count
            || await db.ReviewTemplates.CountAsync(t => templates.Contains(t.Id) && t.IsCurrent, ct) != templates.Count)
            errors.Add(field, "Choose departments and templates of this organisation.");
    }

    /// <summary>Each phase ends on or after the one before it; the self reviews can't be due before the period starts.</summary>
    private static void Dates(CycleInput input, FieldErrors errors)
    {
        if (input.Dates is not { } d)
        {
            errors.Add(nameof(input.Dates), "Give the phases their dates.");
            return;
        }
        var prefix = nameof(input.Dates);
        if (d.SelfReviewDue < input.PeriodStart) errors.Add($"{prefix}.{nameof(d.SelfReviewDue)}", "Self reviews can't be due before the period starts.");
        var steps = new List<(string Field, DateOnly? Date, bool Used, string Label)>
        {
            (nameof(d.SelfReviewDue), d.SelfReviewDue, true, "Self reviews"),
            (nameof(d.NominationDue), d.NominationDue, input.PeerReviews, "Peer nominations"),
            (nameof(d.PeerReviewDue), d.PeerReviewDue, input.PeerReviews || input.UpwardReviews, "Peer and upward reviews"),
            (nameof(d.ManagerReviewDue), d.ManagerReviewDue, true, "Manager reviews"),
            (nameof(d.CalibrationDue), d.CalibrationDue, input.Calibration, "Calibration"),
            (nameof(d.ReleaseOn), d.ReleaseOn, true, "Release"),
            (nameof(d.AcknowledgeDue), d.AcknowledgeDue, true, "Acknowledgements"),
        };
        (DateOnly Date, string Label)? before = null;
        foreach (var (field, date, used, label) in steps)
        {
            if (!used) continue;
            if (date is null || date == default)
            {
                errors.Add($"{prefix}.{field}", $"{label} need a date.");
                continue;
            }
            if (before is { } b && date < b.Date) errors.Add($"{prefix}.{field}", $"{label} can't end before {b.Label.ToLowerInvariant()} ({b.Date:d MMM yyyy}).");
            before = (date.Value, label);
        }
    }

    /// <summary>
    /// A cycle of the same kind, not closed, whose period overlaps and whose people may be the same: either takes in the
    /// whole organisation, or both name the same kind of unit and share one. Ad hoc and probation cycles may overlap.
    /// </summary>
    private static async Task<ReviewCycle?> OverlappingAsync(TandemDb db, CycleInput input, Guid? id, CancellationToken ct)
    {
        if (input.Kind is CycleKind.AdHoc or CycleKind.Probation) return null;
        var candidates = await db.ReviewCycles.AsNoTracking()
            .Where(c => c.Id != id && c.Kind == input.Kind && c.Phase != CyclePhase.Closed && c.PeriodStart <= input.PeriodEnd && c.PeriodEnd >= input.PeriodStart)
            .Take(50).ToListAsync(ct);
        return candidates.FirstOrDefault(c => c.Population.Kind == PopulationKind.Organization || input.Population.Kind == PopulationKind.Organization
            || (c.Population.Kind == input.Population.Kind && c.Population.Ids.Intersect(input.Population.Ids).Any()));
    }
}
