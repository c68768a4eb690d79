using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>
/// One version of a review template: sections of questions, the rating scale (empty: a ratings-free template) and the
/// optional weights of an overall score. A version an open or finished cycle uses is never changed: saving it writes the
/// next version (same <see cref="FamilyId"/>), and cycles keep the one they opened with.
/// </summary>
public sealed class ReviewTemplate : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    /// <summary>Shared by every version of one template.</summary>
    public Guid FamilyId { get; set; }
    public int Version { get; set; } = 1;
    /// <summary>The newest version: the one lists show and new cycles use.</summary>
    public bool IsCurrent { get; set; } = true;
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The department it is written for; null for anyone.</summary>
    public Guid? DepartmentId { get; set; }
    /// <summary>The labels of the rating scale, lowest first; empty when the template has no ratings.</summary>
    public List<string> Scale { get; set; } = [];
    public TemplateContent Content { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The sections and weights of a template, stored together as JSON.</summary>
public sealed class TemplateContent
{
    public List<ReviewSection> Sections { get; set; } = [];
    /// <summary>The self review's share of the overall score, when the template has weights.</summary>
    public int? SelfWeight { get; set; }
}

/// <summary>A section: who answers it, its share of the overall score (optional), and its questions.</summary>
public sealed record ReviewSection(string Title, ReviewWriters For, int? Weight, List<ReviewQuestion> Questions);

/// <summary>A question; <see cref="Key"/> is how answers name it within its template version.</summary>
public sealed record ReviewQuestion(string Key, QuestionKind Kind, string Text, string? Help, bool Required);

public enum QuestionKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A rating on the template's scale, with an optional comment.</summary>
    Rating,
    /// <summary>A rating per capability of the person's role profile (or the framework when they have none).</summary>
    Competencies,
    /// <summary>A score per goal of the person's in the review period.</summary>
    GoalScores,
    /// <summary>Free text about what comes next: focus, support, growth.</summary>
    ForwardLooking,
    /// <summary>
    /// The manager's view of the person's potential — low, moderate or high, whatever the scale — for calibration's 9-box.
    /// Never part of a score, and not shown to the person.
    /// </summary>
    Potential,
}

/// <summary>Who writes a section.</summary>
[Flags]
public enum ReviewWriters
{
    None = 0,
    Self = 1,
    Manager = 2,
    Peer = 4,
    Upward = 8,
}
