using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.OneOnOnes;
using Tandem.Http;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>The organisation's coaching-question bank is HR's to keep, checked by the service itself, not only by the endpoint.</summary>
public abstract class QuestionBankTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", false)]
    [InlineData("manager", false)]
    [InlineData("ceo", false)]
    [InlineData("hr", true)]
    public async Task AddQuestion_CalledDirectly_OnlyHrAdminsMay(string who, bool allowed)
    {
        var org = await NewOrgAsync();
        await using var scope = org.ScopeAs(who);

        var outcome = await scope.ServiceProvider.GetRequiredService<OrgQuestions>()
            .AddAsync(new QuestionInput(QuestionGroup.Growth, $"What would you like to learn next, {who}?"), default);

        Assert.Equal(allowed ? OutcomeKind.Ok : OutcomeKind.Forbidden, outcome.Kind);
    }
}

public sealed class QuestionBankTests_Sqlite() : QuestionBankTests(TandemApp.Sqlite);

public sealed class QuestionBankTests_Postgres() : QuestionBankTests(TandemApp.Postgres);
