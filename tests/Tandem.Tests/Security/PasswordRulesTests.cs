using Microsoft.AspNetCore.Identity;
using Tandem.Features.Accounts;
using Tandem.Security;

namespace Tandem.Tests.Security;

public sealed class PasswordRulesTests
{
    private static readonly PasswordRules Rules = new();

    [Fact]
    public void CommonList_HasAtLeastThreeThousandEntries() => Assert.True(PasswordRules.CommonPasswordCount >= 3000);

    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("password2024!")]
    [InlineData("123456789012")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    [InlineData("monkeymonkeymonkey")]
    [InlineData("!!qwerty12345")]
    public void IsCommon_CommonOrStretchedCommon_True(string password) => Assert.True(PasswordRules.IsCommon(password));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("tandem-demo-2026")]
    [InlineData("my cat sleeps on the printer")]
    public void IsCommon_Passphrase_False(string password) => Assert.False(PasswordRules.IsCommon(password));

    [Fact]
    public async Task Validate_TooLong_Fails()
    {
        var result = await Rules.ValidateAsync(null!, new UserAccount(), new string('x', 120) + "abcdefghijk");
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
    }

    [Fact]
    public async Task Validate_HugePassword_IsRefusedForItsLengthOnly()
    {
        var huge = new string('a', 5_000_000);
        Assert.False(PasswordRules.IsCommon(huge));
        var result = await Rules.ValidateAsync(null!, new UserAccount(), huge);
        Assert.Equal(["PasswordTooLong"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Validate_SameAsEmail_Fails()
    {
        var result = await Rules.ValidateAsync(null!, new UserAccount { Email = "someone.long@example.com" }, "Someone.Long@example.com");
        Assert.Contains(result.Errors, e => e.Code == "PasswordIsEmail");
    }

    [Fact]
    public async Task Validate_GoodPassphrase_Succeeds()
    {
        var result = await Rules.ValidateAsync(null!, new UserAccount { Email = "a@example.com" }, "a long and unusual passphrase");
        Assert.Equal(IdentityResult.Success, result);
    }
}
