namespace Tandem.Features.OneOnOnes;

/// <summary>Change a topic's text, mark it discussed, or move it (up: -1, down: +1).</summary>
public sealed record TopicUpdate(string? Text = null, bool? Discussed = null, int? Move = null);
