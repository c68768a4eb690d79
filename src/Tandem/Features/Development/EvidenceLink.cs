namespace Tandem.Features.Development;

/// <summary>A goal or a feedback item an assessment points to, as the reader may see it (links they may not read are left out).</summary>
/// <param name="Label">The goal's title, or the start of the feedback's text.</param>
public sealed record EvidenceLink(EvidenceKind Kind, Guid Id, string Label);
