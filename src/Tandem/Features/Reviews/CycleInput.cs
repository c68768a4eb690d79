namespace Tandem.Features.Reviews;

/// <summary>
/// A review cycle as HR sets it up. Phase dates are the last day of each phase; those of phases the cycle skips are
/// ignored. Once the cycle is open only its name and dates may change.
/// </summary>
public sealed record CycleInput(string Name, CycleKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, Population Population, Guid TemplateId,
    PhaseDates Dates, bool PeerReviews = false, bool UpwardReviews = false, bool Calibration = false,
    IReadOnlyList<DepartmentTemplate>? DepartmentTemplates = null, long Version = 0);

/// <summary>A cycle as HR sees it, with its phases and how far each kind of review has got.</summary>
public sealed record CycleInfo(Guid Id, string Name, CycleKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, Population Population,
    Guid TemplateId, string TemplateName, IReadOnlyList<DepartmentTemplate> DepartmentTemplates, bool PeerReviews, bool UpwardReviews,
    bool Calibration, CyclePhase Phase, string PhaseLabel, CyclePhase? NextPhase, IReadOnlyList<CyclePhase> Phases, PhaseDates Dates,
    DateTimeOffset? OpenedAt, int Participants, long Version);

/// <summary>A cycle in a list.</summary>
public sealed record CycleSummary(Guid Id, string Name, CycleKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, CyclePhase Phase,
    string PhaseLabel, int Participants);

/// <summary>Who would be in a cycle and who reviews whom, before it opens (the first rows, by name).</summary>
public sealed record CyclePreview(int People, int ManagerReviews, int UpwardReviews, int WithoutManager, IReadOnlyList<PreviewRow> Rows,
    IReadOnlyList<string> Warnings);

/// <summary>One person of a preview: their manager review's writer, template and how many reports review them upward.</summary>
public sealed record PreviewRow(Guid PersonId, string Name, string? Department, Guid? ManagerId, string? Manager, string Template, int UpwardWriters);

/// <summary>Moves a cycle to its next phase; <see cref="Version"/> is the cycle's, so two clicks don't skip a phase.</summary>
public sealed record AdvanceInput(long Version);

/// <summary>A person added to an open cycle, or excluded from it.</summary>
public sealed record ParticipantInput(Guid PersonId);
