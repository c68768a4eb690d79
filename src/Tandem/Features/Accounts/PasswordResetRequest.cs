namespace Tandem.Features.Accounts;

/// <summary>Who forgot their password: the email they sign in with.</summary>
public sealed record PasswordResetRequest(string? Email);
