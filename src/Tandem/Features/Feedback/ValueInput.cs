namespace Tandem.Features.Feedback;

/// <summary>Add or change a company value (HR admin).</summary>
public sealed record ValueInput(string Name, string? Description, bool Archived = false);
