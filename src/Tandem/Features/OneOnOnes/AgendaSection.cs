namespace Tandem.Features.OneOnOnes;

/// <summary>A section of this meeting's agenda with its topics.</summary>
public sealed record AgendaSection(string Title, int Minutes, string? Prompt, IReadOnlyList<AgendaItemInfo> Items);
