namespace Tandem.Features.Goals;

/// <summary>A comment on a goal; managers may mark it as a proposed change.</summary>
public sealed record CommentInput(string Text, bool ProposedChange = false);
