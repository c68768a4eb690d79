namespace Tandem.Features.Goals;

/// <summary>One check-in in a key result's history.</summary>
public sealed record CheckInDetails(Guid Id, Guid KeyResultId, double? Value, bool? Done, double Progress, CheckInStatus Status,
    int Confidence, string? Comment, string Author, DateTimeOffset At);
