namespace Tandem.Features.Accounts;

/// <summary>The user id and token of a reset link, and the new password.</summary>
public sealed record PasswordResetConfirmation(Guid UserId, string? Token, string? NewPassword);
