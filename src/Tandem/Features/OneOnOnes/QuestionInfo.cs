namespace Tandem.Features.OneOnOnes;

/// <summary>A suggested coaching question.</summary>
public sealed record QuestionInfo(string Key, QuestionGroup Group, string Text);
