namespace Tandem.Features.OneOnOnes;

/// <summary>The wrap-up: make the next steps concrete. "Work on" and "lead will" also become next steps.</summary>
public sealed record WrapUpInput(string? WorkOn = null, string? Resources = null, string? SuccessLooksLike = null, string? LeadWill = null,
    DateOnly? Checkpoint = null, string? Obstacles = null, string? Celebrate = null);
