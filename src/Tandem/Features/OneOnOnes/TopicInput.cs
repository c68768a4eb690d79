namespace Tandem.Features.OneOnOnes;

/// <summary>Add a topic to a meeting's agenda, in one of its sections; private topics are yours alone.</summary>
public sealed record TopicInput(string Text, string? Section = null, bool IsPrivate = false);
