using System.Reflection;
using Tandem.Features.Audit;

namespace Tandem.Tests.Data;

/// <summary>Every audited action is shown in plain words, never as its code.</summary>
public sealed class AuditWordsTests
{
    public static TheoryData<string> Actions() => [.. typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryAction_HasWords(string action)
    {
        Assert.True(AuditWords.IsKnown(action), $"{action} has no words in AuditWords.");
        Assert.NotEqual(action, AuditWords.For(action).Label);
    }

    [Fact]
    public void Words_NameTheSubject_OnlyWhenSomeoneElseWasActedOn()
    {
        var actor = Guid.NewGuid();
        var subject = Guid.NewGuid();
        var roles = AuditWords.For(AuditActions.RolesChanged);

        Assert.Equal("Changed roles of Priya Shah", roles.Describe(actor, subject, "Priya Shah"));
        Assert.Equal("Changed roles", roles.Describe(actor, subject, null));
        Assert.Equal("Signed in", AuditWords.For(AuditActions.SignInSucceeded).Describe(actor, actor, "Priya Shah"));
        Assert.Equal("some.future-action", AuditWords.For("some.future-action").Label);
    }
}
