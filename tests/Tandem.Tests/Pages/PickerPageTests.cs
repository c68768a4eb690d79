using System.Net;
using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Pages;

/// <summary>
/// The people picker as a browser without JavaScript uses it: a plain field that takes a name or an email. A name that
/// means one person is theirs; one that could mean several, or none, is refused next to the field, keeps what was typed
/// and offers the people it might mean.
/// </summary>
public abstract partial class PickerPageTests(TandemApp app) : AppTest(app)
{
    private const string Text = "Your write-up of the outage made the fix easy to review.";

    [Fact]
    public async Task GiveFeedback_ByName_IsSent()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await GiveAsync(pages, new() { ["Input.To"] = "pat peer" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback?view=given", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task GiveFeedback_SharedName_OffersTheCandidates_KeepsWhatWasTyped_ThenTheChoiceIsSent()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("alex1", "Alex Kim", "manager");
        var second = await org.AddPersonAsync("alex2", "Alex Kim", "otherManager");
        using var pages = await org.PagesAsync("employee");

        var html = await TextAsync(await GiveAsync(pages, new() { ["Input.To"] = "Alex Kim" }));

        Assert.Contains("“Alex Kim” could be 2 people. Choose one below, or type their email.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Alex Kim\"", html, StringComparison.Ordinal);
        Assert.Contains($"{Text}</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "type=\"radio\" name=\"Input.ToChoice\""));
        Assert.Contains(org.Email("alex2"), html, StringComparison.Ordinal);

        var chosen = await GiveAsync(pages, new() { ["Input.To"] = "Alex Kim", ["Input.ToChoice"] = second.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
    }

    [Fact]
    public async Task GiveFeedback_UnknownName_SaysSoNextToTheField_AndKeepsIt()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var html = await TextAsync(await GiveAsync(pages, new() { ["Input.To"] = "Zed Nobody" }));

        Assert.Matches("<label for=\"to\">To</label>.*Nobody active in your organisation has the name or email “Zed Nobody”.", Flat(html));
        Assert.Contains("value=\"Zed Nobody\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.ToChoice", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestFeedback_SeveralByNameAndEmail_IsSent_AnUnclearOneListsWhoItCouldBe()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("alex1", "Alex Kim", "manager");
        await org.AddPersonAsync("alex2", "Alex Kim", "otherManager");
        using var pages = await org.PagesAsync("employee");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync("/feedback/request"), "request");

        fields["Input.Recipients"] = $"Alex Kim\nPat Peer <{org.Email("peer")}>";
        var refused = await TextAsync(await pages.PostFormAsync("/feedback/request", "request", fields));
        fields["Input.Recipients"] = $"Pat Peer\n{org.Email("otherManager")}, omar other";
        var sent = await pages.PostFormAsync("/feedback/request", "request", fields);

        Assert.Contains($"“Alex Kim” could be Alex Kim ({org.Email("alex1")}), Alex Kim ({org.Email("alex2")})", refused, StringComparison.Ordinal);
        Assert.Contains($"Alex Kim\nPat Peer <{org.Email("peer")}></textarea>", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var requests = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync("/api/v1/feedback-requests"), HttpStatusCode.OK);
        Assert.Contains("Omar Other", requests.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOnOne_WithSomeoneByName_IsSetUp()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync("/one-on-ones/new"), "series");
        fields["Input.WithSomeone"] = "Olga Othermanager";

        var response = await pages.PostFormAsync("/one-on-ones/new", "series", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Suggestions_AreOptionsWithThePickerLabel()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var html = await pages.GetHtmlAsync("/people/matches?q=pat");

        Assert.Contains($"role=\"option\" class=\"combobox-option\" data-value=\"Pat Peer &lt;{org.Email("peer")}&gt;\"", html, StringComparison.Ordinal);
        Assert.Equal("", (await pages.GetHtmlAsync("/people/matches?q=")).Trim());
    }

    private static async Task<HttpResponseMessage> GiveAsync(PageClient pages, Dictionary<string, string> fields)
    {
        fields["Input.Kind"] = "Praise";
        fields["Input.Text"] = Text;
        fields["Input.Visibility"] = "ToPerson";
        return await pages.PostFormAsync("/feedback/give", "give", fields);
    }

    /// <summary>The page as a person reads it: entities decoded (the renderer writes “ as &amp;#x201C;).</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);
}

public sealed class PickerPageTests_Sqlite() : PickerPageTests(TandemApp.Sqlite);

public sealed class PickerPageTests_Postgres() : PickerPageTests(TandemApp.Postgres);
