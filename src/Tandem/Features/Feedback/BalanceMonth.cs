namespace Tandem.Features.Feedback;

/// <summary>Received feedback per month by kind, oldest month first.</summary>
public sealed record BalanceMonth(DateOnly Month, int Praise, int Constructive, int Feedforward);
