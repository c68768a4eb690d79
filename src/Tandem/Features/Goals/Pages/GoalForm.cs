using System.ComponentModel.DataAnnotations;

namespace Tandem.Features.Goals.Pages;

/// <summary>The goal form's fields. The owner is one choice ("person:id", "team:id", "department:id", "company").</summary>
public sealed class GoalForm
{
    [Required(ErrorMessage = "Give the goal a title.")]
    [StringLength(GoalRules.TitleMax)]
    public string Title { get; set; } = "";

    [StringLength(GoalRules.DescriptionMax)]
    public string? Description { get; set; }

    public string Owner { get; set; } = "";
    /// <summary>A period id, or empty for an open-ended goal.</summary>
    public string? Period { get; set; }
    public DateOnly? DueDate { get; set; }
    public GoalCommitment Commitment { get; set; }
    public GoalVisibility Visibility { get; set; }
    /// <summary>The goal this one aligns to, or empty for "not aligned yet" (text, as a select posts it).</summary>
    public string? ParentGoalId { get; set; }
    public double Weight { get; set; } = 1;
    public long Version { get; set; }
    /// <summary>How many key results the goal has already (when editing), for the SMART checklist.</summary>
    public int ExistingKeyResults { get; set; }
    public List<KeyResultForm> KeyResults { get; set; } = [new(), new(), new()];

    public GoalInput ToInput()
    {
        var (type, id) = ParseOwner(Owner);
        return new GoalInput
        {
            Title = Title,
            Description = Description,
            OwnerType = type,
            OwnerPersonId = type == GoalOwnerType.Person ? id : null,
            OwnerTeamId = type == GoalOwnerType.Team ? id : null,
            OwnerDepartmentId = type == GoalOwnerType.Department ? id : null,
            PeriodId = Guid.TryParse(Period, out var period) ? period : null,
            DueDate = DueDate,
            Commitment = Commitment,
            Visibility = Visibility,
            // An id that can't be read is no goal of this organisation: the service says so next to the field.
            ParentGoalId = string.IsNullOrEmpty(ParentGoalId) ? null : Guid.TryParse(ParentGoalId, out var parent) ? parent : Guid.Empty,
            Weight = Weight,
            KeyResults = [.. KeyResults.Where(k => !string.IsNullOrWhiteSpace(k.Title)).Select(k => k.ToInput())],
        };
    }

    public static (GoalOwnerType Type, Guid? Id) ParseOwner(string? owner)
    {
        var parts = (owner ?? "").Split(':', 2);
        var type = parts[0] switch
        {
            "team" => GoalOwnerType.Team,
            "department" => GoalOwnerType.Department,
            "company" => GoalOwnerType.Company,
            _ => GoalOwnerType.Person,
        };
        return (type, parts.Length == 2 && Guid.TryParse(parts[1], out var id) ? id : null);
    }

    public static string OwnerKey(GoalSummary goal) => goal.OwnerType switch
    {
        GoalOwnerType.Company => "company",
        _ => $"{goal.OwnerType.ToString().ToLowerInvariant()}:{goal.OwnerId}",
    };

    public IReadOnlyList<SmartCheck> Smart() => GoalRules.Smart(Title, Description,
        ExistingKeyResults + KeyResults.Count(k => !string.IsNullOrWhiteSpace(k.Title)),
        Guid.TryParse(ParentGoalId, out _), Owner == "company", !string.IsNullOrEmpty(Period) || DueDate is not null);
}

/// <summary>One key result row of the goal form.</summary>
public sealed class KeyResultForm
{
    public string? Title { get; set; }
    public KeyResultKind Kind { get; set; }
    public double? Start { get; set; }
    public double? Target { get; set; }
    public string? Unit { get; set; }

    public KeyResultInput ToInput() => new() { Title = Title ?? "", Kind = Kind, Start = Start, Target = Target, Unit = Unit };
}
