namespace Tandem.Features.People;

/// <summary>Someone in a reporting chain or a list of reports.</summary>
public sealed record PersonRef(Guid Id, string Name, string? Title);
