namespace Tandem.Features.Goals;

/// <summary>A check-in: the new value (or milestone done), how it is going, confidence 0–10, and the version read.</summary>
public sealed record CheckInInput(double? Value, bool? Done, CheckInStatus Status, int Confidence, string? Comment, long Version);
