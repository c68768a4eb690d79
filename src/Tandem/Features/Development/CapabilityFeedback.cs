namespace Tandem.Features.Development;

/// <summary>
/// Feedback about one capability before a plan action started (the half year before) and since, as the viewer may read it:
/// whether later feedback on that theme improves.
/// </summary>
public sealed record CapabilityFeedback(Guid CapabilityId, FeedbackTally Before, FeedbackTally Since)
{
    /// <summary>How far the share of praise must move to count as a change, not noise.</summary>
    public const double Margin = 0.15;

    public FeedbackTrend Trend => Before.Total == 0 || Since.Total == 0 ? FeedbackTrend.TooLittle
        : Since.PraiseShare - Before.PraiseShare > Margin ? FeedbackTrend.Improving
        : Before.PraiseShare - Since.PraiseShare > Margin ? FeedbackTrend.Slipping
        : FeedbackTrend.Steady;
}
