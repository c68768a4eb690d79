namespace Tandem.Features.People;

/// <summary>An edit of a person: the fields plus the version the editor saw.</summary>
public sealed record PersonUpdate(PersonInput Person, long Version);
