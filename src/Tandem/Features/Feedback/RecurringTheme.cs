namespace Tandem.Features.Feedback;

/// <summary>A theme or value that keeps coming up in someone's feedback, with how often.</summary>
/// <see cref="CapabilityId"/> is set when the theme is a capability of the framework (it can become a plan action).
public sealed record RecurringTheme(string Theme, int Count, DateTimeOffset Last, Guid? CapabilityId = null);
