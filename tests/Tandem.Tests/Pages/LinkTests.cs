using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Security;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Pages;

/// <summary>No dead links: follow every link on every page an admin can reach, and every one of them answers.</summary>
public sealed partial class LinkTests
{
    [Fact]
    public async Task EveryLinkFromEveryPage_Answers()
    {
        var org = await TestOrg.CreateAsync(TandemApp.Sqlite);
        await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Roles, OrgRoles.HrAdmin | OrgRoles.OrgAdmin)));
        using var pages = await org.PagesAsync("ceo");

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<(string Url, string From)>([("/", "start")]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 300)
        {
            var (url, from) = queue.Dequeue();
            var response = await pages.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
            {
                var location = new Uri(new Uri("https://tandem.test" + url), response.Headers.Location!).PathAndQuery;
                if (seen.Add(location)) queue.Enqueue((location, url));
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{url} (linked from {from}): {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in Href().Matches(html))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal)) continue;
                // One example of each page, not every person's profile.
                var key = Guid().Replace(target.Split('#')[0], "{id}");
                if (seen.Add(key)) queue.Enqueue((target.Split('#')[0], url));
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.Contains("/admin/import", seen);
        Assert.Contains("/people/{id}", seen);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}
