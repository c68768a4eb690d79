namespace Tandem.Features.Feedback;

/// <summary>A company value: a name people recognise each other for.</summary>
public sealed record ValueInfo(Guid Id, string Name, string? Description, bool Archived);
