using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.People;

/// <summary>
/// The people picker's reads (PeopleFinder): the start of a first name, then of a last name, then of an email; active
/// people of the viewer's organisation only; a typed name or email resolved to one person, or to the people it might mean.
/// </summary>
public abstract class PeopleFinderTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Find_FirstNamePrefix_AnyCase_ThenLastNamePrefix_ThenEmail()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("raman", "Priya Raman", "manager");
        await org.AddPersonAsync("ramona", "Ramona Fox", "manager");
        await org.AddPersonAsync("ramesh", "Kai Lund", "manager");

        var names = await FindAsync(org, "RAM");

        // Ramona by her first name, Priya by her last, Kai by his email (ramesh@…).
        Assert.Equal(["Ramona Fox", "Priya Raman", "Kai Lund"], names);
    }

    [Fact]
    public async Task Find_FirstAndLastNameTogether_EitherOrder()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("priya", "Priya  Raman", "manager");
        await org.AddPersonAsync("priyanka", "Priyanka Shah", "manager");

        Assert.Equal(["Priya  Raman"], await FindAsync(org, "priya ra"));
        Assert.Equal(["Priya  Raman"], await FindAsync(org, "raman pri"));
        Assert.Equal(["Priya  Raman", "Priyanka Shah"], await FindAsync(org, "pri"));
    }

    [Fact]
    public async Task Find_PeopleWhoLeft_AreNotOffered()
    {
        var org = await NewOrgAsync();
        var gone = await org.AddPersonAsync("gone", "Greta Gone", "manager");
        await org.DbAsync(db => db.People.Where(p => p.Id == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PersonStatus.Left)));

        Assert.Empty(await FindAsync(org, "greta"));
        await using var scope = org.ScopeAs("employee");
        var finder = scope.ServiceProvider.GetRequiredService<PeopleFinder>();
        Assert.Null((await finder.ResolveAsync("Greta Gone", CancellationToken.None)).Person);
        Assert.Null((await finder.ResolveAsync(null, gone.Id, CancellationToken.None)).Person);
    }

    [Fact]
    public async Task Find_AnotherOrganisation_IsNeverReturned()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        await other.AddPersonAsync("priya", "Priya Raman", "manager");

        Assert.Empty(await FindAsync(org, "priya"));
        await using var scope = org.ScopeAs("employee");
        var finder = scope.ServiceProvider.GetRequiredService<PeopleFinder>();
        Assert.Null((await finder.ResolveAsync(other.Email("priya"), CancellationToken.None)).Person);
        Assert.Null((await finder.ResolveAsync(null, other["priya"], CancellationToken.None)).Person);
    }

    [Fact]
    public async Task Find_ManyMatches_OfferedUpToTheLimit()
    {
        var org = await NewOrgAsync();
        for (var i = 0; i < PeopleFinder.Limit + 2; i++) await org.AddPersonAsync($"alex{i}", $"Alex Number{i:00}", "manager");

        Assert.Equal(PeopleFinder.Limit, (await FindAsync(org, "alex")).Count);
    }

    [Fact]
    public async Task Resolve_NameEmailOrPickerLabel_MeansOnePerson_SharedNameOffersCandidates()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("alex1", "Alex Kim", "manager");
        await org.AddPersonAsync("alex2", "Alex Kim", "otherManager");
        await using var scope = org.ScopeAs("employee");
        var finder = scope.ServiceProvider.GetRequiredService<PeopleFinder>();
        var ct = CancellationToken.None;

        Assert.Equal(org["peer"], (await finder.ResolveAsync("pat peer", ct)).Person?.Id);
        Assert.Equal(org["peer"], (await finder.ResolveAsync(org.Email("peer").ToUpperInvariant(), ct)).Person?.Id);
        Assert.Equal(org["peer"], (await finder.ResolveAsync($"Pat Peer <{org.Email("peer")}>", ct)).Person?.Id);

        var shared = await finder.ResolveAsync("Alex Kim", ct);
        Assert.Null(shared.Person);
        Assert.Equal([org["alex1"], org["alex2"]], shared.Candidates.Select(c => c.Id).Order());
        Assert.Contains("could be 2 people", shared.Problem, StringComparison.Ordinal);
        Assert.Equal(org["alex2"], (await finder.ResolveAsync("Alex Kim", org["alex2"], ct)).Person?.Id);

        // The start of a name is only a suggestion: feedback to the wrong person can't be taken back.
        var partial = await finder.ResolveAsync("Pat", ct);
        Assert.Null(partial.Person);
        Assert.Equal(org["peer"], Assert.Single(partial.Candidates).Id);

        var nobody = await finder.ResolveAsync("Zed Nobody", ct);
        Assert.Empty(nobody.Candidates);
        Assert.Contains("Nobody active", nobody.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFFFF")]
    [InlineData("zo\uFFFF")]
    [InlineData("🏿")]
    [InlineData("dj 🎧")]
    public async Task Find_KeysEndingInCharactersWithoutASuccessor_AnswerWithoutAnError(string typed)
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("dj", "DJ 🎧 Kim", "manager");

        var names = await FindAsync(org, typed);

        Assert.Equal(typed == "dj 🎧" ? ["DJ 🎧 Kim"] : [], names);
    }

    [Fact]
    public async Task ResolveAll_APickerLineStaysWhole_OtherLinesSplitOnCommas()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("reyes", "Reyes, Daniel", "manager");
        await using var scope = org.ScopeAs("employee");
        var finder = scope.ServiceProvider.GetRequiredService<PeopleFinder>();

        var (people, problems) = await finder.ResolveAllAsync(
            $"Reyes, Daniel <{org.Email("reyes")}>\n{org.Email("peer")}; {org.Email("manager")}\nOmar Other <{org.Email("other")}>, Hana Resources <{org.Email("hr")}>",
            20, CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(["Reyes, Daniel", "Pat Peer", "Max Manager", "Omar Other", "Hana Resources"], people.Select(p => p.Name));
    }

    [Fact]
    public void Keys_FollowTheName()
    {
        var person = new Person { Name = "  Maria  de la Cruz ", Email = "maria@example.test" };
        Assert.Equal(("maria de la cruz", "cruz maria de la"), (person.NameKey, person.SurnameKey));
        person.Name = "Cher";
        Assert.Equal(("cher", "cher"), (person.NameKey, person.SurnameKey));
    }

    private static async Task<List<string>> FindAsync(TestOrg org, string text)
    {
        await using var scope = org.ScopeAs("employee");
        var found = await scope.ServiceProvider.GetRequiredService<PeopleFinder>().FindAsync(text, PeopleFinder.Limit, CancellationToken.None);
        return [.. found.Select(p => p.Name)];
    }
}

public sealed class PeopleFinderTests_Sqlite() : PeopleFinderTests(TandemApp.Sqlite);

public sealed class PeopleFinderTests_Postgres() : PeopleFinderTests(TandemApp.Postgres);
