namespace Tandem.Features.Development;

/// <summary>Share the plan with your manager chain and HR, or take it back to a private draft.</summary>
public sealed record ShareInput(bool Shared);
