namespace Tandem.Features.OneOnOnes;

/// <summary>A person's secret calendar feed address (shown once after it is made).</summary>
public sealed record CalendarFeedInfo(string Url);
