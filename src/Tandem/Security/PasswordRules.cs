using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Tandem.Features.Accounts;

namespace Tandem.Security;

/// <summary>
/// Password policy after NIST SP 800-63B: long (12–128), no composition rules, and never one of the
/// commonly used passwords shipped with the app, nor the account's own email.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<UserAccount>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly FrozenSet<string> Common = LoadCommonPasswords();

    public static int CommonPasswordCount => Common.Count;

    /// <summary>
    /// True for a listed password, a listed one padded with digits or symbols ("password2024!"), or a
    /// short or listed piece repeated ("aaaaaaaaaaaa", "monkeymonkey"): the list's entries are mostly shorter
    /// than the minimum length, and these are how people stretch them.
    /// </summary>
    public static bool IsCommon(string password)
    {
        // Longer than any password Tandem accepts: refused for its length, not worth checking further.
        if (password.Length > MaximumLength) return false;
        if (Common.Contains(password) || IsRun(password)) return true;
        var core = password.Trim(Padding);
        if (core.Length > 0 && core.Length < password.Length && Common.Contains(core)) return true;
        for (var unit = 1; unit <= password.Length / 2; unit++)
        {
            if (password.Length % unit != 0) continue;
            var piece = password[..unit];
            if (string.Concat(Enumerable.Repeat(piece, password.Length / unit)) == password
                && (unit <= 3 || Common.Contains(piece)))
                return true;
        }
        return false;
    }

    // "123456789012", "abcdefghijkl", "987654321098": each character one step from the last.
    private static bool IsRun(string password)
    {
        if (password.Length < 2) return false;
        foreach (var step in new[] { 1, -1 })
        {
            var run = true;
            for (var i = 1; i < password.Length && run; i++)
            {
                var (a, b) = (password[i - 1], password[i]);
                run = b - a == step || (char.IsAsciiDigit(a) && char.IsAsciiDigit(b) && (b - a + 10) % 10 == (step + 10) % 10);
            }
            if (run) return true;
        }
        return false;
    }

    private static readonly char[] Padding = [.. "0123456789!@#$%^&*()-_=+.?~ "];

    public Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Use at most {MaximumLength} characters." });
        if (IsCommon(password))
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "This password is too common. Choose one that others are unlikely to use." });
        if (user.Email is { } email && string.Equals(password, email, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = "PasswordIsEmail", Description = "Don't use your email address as your password." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("#!comment", StringComparison.Ordinal)) words.Add(line);
        }
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
