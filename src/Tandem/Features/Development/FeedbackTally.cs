namespace Tandem.Features.Development;

/// <summary>Praise, and constructive feedback or suggestions (things to work on).</summary>
public sealed record FeedbackTally(int Praise, int ToWorkOn)
{
    public int Total => Praise + ToWorkOn;
    public double PraiseShare => Total == 0 ? 0 : (double)Praise / Total;
}
