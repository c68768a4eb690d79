namespace Tandem.Features.Development;

/// <summary>A route option with its trade-offs.</summary>
public sealed record RouteInput(RouteKind Kind, string Description, string? TradeOffs);
