namespace Tandem.Features.Goals;

/// <summary>A key result with its latest check-in.</summary>
public sealed record KeyResultDetails(
    Guid Id,
    string Title,
    KeyResultKind Kind,
    double? Start,
    double? Target,
    double? Current,
    string? Unit,
    bool Done,
    double Weight,
    double Progress,
    int? Confidence,
    CheckInStatus? Status,
    long Version);
