namespace Tandem.Features.Accounts;

/// <summary>The answer to a password reset request: the same whether the email has an account or not.</summary>
public sealed record PasswordResetSent(string Message);
