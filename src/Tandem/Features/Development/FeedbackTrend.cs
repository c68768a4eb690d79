namespace Tandem.Features.Development;

public enum FeedbackTrend
{
    /// <summary>No feedback on the capability before, or none since: nothing to compare.</summary>
    TooLittle,
    Improving,
    Steady,
    Slipping,
}
