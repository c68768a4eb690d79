using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tandem.Security;
using Tandem.Tests.Feedback;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;
using Xunit.Abstractions;

namespace Tandem.Tests.Http;

/// <summary>
/// For every operation of the published OpenAPI document, generated bad requests (see
/// <see cref="BadRequestGenerator"/>) never answer 500, and every 4xx is RFC 9457 problem details. Sent as an
/// HR admin who is also org admin (who may call everything) and as a plain employee.
/// </summary>
public abstract class GeneratedBadRequestTests(TandemApp app, ITestOutputHelper output) : AppTest(app)
{
    private const int PerOperationAsAdmin = 30;
    private const int PerOperationAsEmployee = 12;

    [Fact]
    public async Task EveryOperation_GeneratedBadRequests_AnswerProblemDetails_NeverAServerError()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("admin", "Ada Admin", "ceo", OrgRoles.HrAdmin | OrgRoles.OrgAdmin);
        // The two senders' own records stay out of the pool: a generated "remove your roles" would end the run's reach.
        var ids = new IdPool([org["admin"], org["employee"]]);
        var admin = await org.ApiAsync("admin");
        var document = ApiDocument.Parse(await admin.GetStringAsync("/openapi/v1.json"));
        await SeedAsync(org, admin, document, ids);
        var generator = new BadRequestGenerator(document, ids);
        var report = new BadRequestReport();
        var started = Stopwatch.GetTimestamp();

        foreach (var (who, count) in new[] { ("admin", PerOperationAsAdmin), ("employee", PerOperationAsEmployee) })
        {
            var client = await org.ApiAsync(who);
            foreach (var operation in document.Operations)
            {
                // The property always holds: every response is checked and recorded, so that one run reports
                // every failing request of every operation rather than stopping at the first.
                var property = Prop.ForAll(Arb.From(generator.For(operation)), request =>
                    Task.Run(() => SendAsync(client, who, operation, request, report, ids)).GetAwaiter().GetResult());
                Check.One(Config.QuickThrowOnFailure.WithMaxTest(count), property);
            }
        }

        var summary = report.Summary(document.Operations.Count, Stopwatch.GetElapsedTime(started));
        output.WriteLine(summary);
        Assert.True(report.Failed == 0, summary);
        // A failure no signature declares was still answered rightly, but the OpenAPI document does not list it.
        Assert.Empty(ErrorLog.UndeclaredFailures());
    }

    private static async Task<bool> SendAsync(HttpClient client, string who, ApiOperation operation, ApiRequest request, BadRequestReport report, IdPool ids)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null) message.Content = new StringContent(request.Body, Encoding.UTF8, request.MediaType ?? "application/json");
        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var media = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync();
        string? failure = status >= 500 ? "server error"
            : status >= 400 && media != "application/problem+json" ? $"{status} as {media ?? "no content type"}, not problem details"
            : null;
        report.Add(operation, status, failure is null ? null : $"{failure} as {who}: {request} → {(body.Length > 300 ? body[..300] : body)}");
        if (status < 300) ids.Harvest(operation.Area, body);
        return true;
    }

    // Things that exist, so that generated ids often hit one: a 1:1 with a meeting and a topic, a goal with a
    // key result, feedback; then every list the admin can read.
    private static async Task SeedAsync(TestOrg org, HttpClient admin, ApiDocument document, IdPool ids)
    {
        foreach (var person in org.People) ids.Add("people", person.Id);
        var series = await org.CreateSeriesAsync("admin", "employee");
        ids.Harvest("one-on-ones", series.GetRawText());
        ids.Add("meetings", series.NextMeeting());
        ids.Harvest("topics", (await OneOnOneTestData.AddTopicAsync(admin, series.NextMeeting(), "Generated requests")).GetRawText());
        var goal = await org.CreateGoalAsync("admin", new { title = "Generated goal", keyResults = new[] { GoalTestData.Metric("Things", 0, 10) } });
        ids.Harvest("goals", goal.GetRawText());
        ids.Add("key-results", goal.KeyResultId());
        ids.Harvest("feedback", (await org.GiveAsync("employee", "admin")).GetRawText());
        foreach (var list in document.Operations.Where(o => o.Method == "GET" && o.Parameters.All(p => p.In != "path")))
        {
            using var response = await admin.GetAsync(list.Path);
            if (response.IsSuccessStatusCode) ids.Harvest(list.Area, await response.Content.ReadAsStringAsync());
        }
    }
}

public sealed class GeneratedBadRequestTests_Sqlite(ITestOutputHelper output) : GeneratedBadRequestTests(TandemApp.Sqlite, output);

public sealed class GeneratedBadRequestTests_Postgres(ITestOutputHelper output) : GeneratedBadRequestTests(TandemApp.Postgres, output);
