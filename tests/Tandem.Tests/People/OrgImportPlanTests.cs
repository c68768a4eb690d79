using Tandem.Features.People;

namespace Tandem.Tests.People;

/// <summary>The import's rules, checked without a database.</summary>
public sealed class OrgImportPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly OrgSnapshot Empty = new([], new Dictionary<string, Guid>(), new Dictionary<string, Guid>(), "UTC");

    private static OrgImportPlan Plan(string csv, OrgSnapshot? org = null)
    {
        var file = OrgCsv.Read(new StringReader(csv), 1000);
        Assert.Empty(file.Errors);
        return OrgImportPlan.Build(file, org ?? Empty, Today);
    }

    private static void AssertError(OrgImportPlan plan, int row, string column, string fragment) =>
        Assert.Contains(plan.Errors, e => e.Row == row && e.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void CleanFile_CreatesEveryoneWithManagersFromTheFile()
    {
        var plan = Plan("""
            email,name,manager_email,department,team
            boss@x.com,Boss,,,
            lead@x.com,Lead,boss@x.com,Eng,Platform
            dev@x.com,Dev,lead@x.com,Eng,Platform
            """);

        Assert.Empty(plan.Errors);
        Assert.Equal(3, plan.Changes.Count);
        Assert.Equal("new:lead@x.com", plan.Changes.Single(c => c.Target.Email == "dev@x.com").Target.ManagerKey);
        Assert.Equal(["Eng"], plan.NewDepartments);
        Assert.Equal([("Platform", (string?)"Eng")], plan.NewTeams);
    }

    [Fact]
    public void CreationOrder_PutsEveryNewManagerBeforeTheirReports()
    {
        var plan = Plan("""
            email,name,manager_email
            dev@x.com,Dev,lead@x.com
            intern@x.com,Intern,dev@x.com
            lead@x.com,Lead,boss@x.com
            boss@x.com,Boss,
            """);

        Assert.Equal(["boss@x.com", "lead@x.com", "dev@x.com", "intern@x.com"], plan.CreationOrder().Select(c => c.Target.Email));
    }

    [Fact]
    public void EveryBadRow_IsReportedWithItsRowNumber()
    {
        var plan = Plan("""
            email,name,manager_email,time_zone,start_date,status
            ok@x.com,Okay,,,,
            ,No Email,,,,
            not-an-email,Bad Email,,,,
            nozone@x.com,No Zone,,Mars/Olympus,,
            nodate@x.com,No Date,,,22/11/2026,
            nostatus@x.com,No Status,,,,retired
            ghost@x.com,Ghost Boss,nobody@x.com,,,
            noname@x.com,,,,,
            """);

        AssertError(plan, 3, "email", "required");
        AssertError(plan, 4, "email", "not an email");
        AssertError(plan, 5, "time_zone", "not a time zone");
        AssertError(plan, 6, "start_date", "YYYY-MM-DD");
        AssertError(plan, 7, "status", "not a status");
        AssertError(plan, 9, "name", "required");
        Assert.Empty(plan.Changes);
    }

    [Fact]
    public void UnknownManager_IsReported()
    {
        var plan = Plan("email,name,manager_email\na@x.com,A,nobody@x.com\n");
        AssertError(plan, 2, "manager_email", "No one with the email nobody@x.com");
    }

    [Fact]
    public void DuplicateEmailsInTheFile_AreReportedOnTheLaterRow()
    {
        var plan = Plan("email,name\na@x.com,A\nb@x.com,B\nA@X.com,A again\n");
        AssertError(plan, 4, "email", "already on row 2");
    }

    [Fact]
    public void ManagerCycle_IsReportedOnEveryRowOfTheLoop()
    {
        var plan = Plan("email,name,manager_email\na@x.com,A,b@x.com\nb@x.com,B,c@x.com\nc@x.com,C,a@x.com\nd@x.com,D,\n");

        Assert.Equal([2, 3, 4], plan.Errors.Select(e => e.Row).Order());
        Assert.All(plan.Errors, e => Assert.Contains("circle", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void LongChain_DeeperThanTheLimit_IsReportedForEachTooDeepRow()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"p{i}@x.com,P{i},{(i == 0 ? "" : $"p{i - 1}@x.com")}");
        var plan = Plan("email,name,manager_email\n" + string.Join("\n", rows) + "\n");

        // p0 is at the top (level 0); p26 … p39 are more than 25 levels below it. Rows count the header as 1.
        Assert.Equal(Enumerable.Range(28, 14), plan.Errors.Select(e => e.Row).Order());
        Assert.All(plan.Errors, e => Assert.Contains("levels below the top", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void MarkingAnOrgAdminAsLeft_IsRefused()
    {
        var admin = Existing("admin@x.com", "Ada", null) with { Roles = Tandem.Security.OrgRoles.OrgAdmin };
        var plan = Plan("email,name,status\nadmin@x.com,Ada,left\n", Empty with { People = [admin] });
        AssertError(plan, 2, "status", "org admin");
    }

    [Fact]
    public void OwnManager_IsReported()
    {
        var plan = Plan("email,name,manager_email\na@x.com,A,a@x.com\n");
        AssertError(plan, 2, "manager_email", "own manager");
    }

    [Fact]
    public void CycleThroughSomeoneAlreadyInTandem_IsReported()
    {
        var boss = Existing("boss@x.com", "Boss", managerId: null);
        var org = Empty with { People = [boss] };
        // boss is made to report to a new person who reports to boss.
        var plan = Plan("email,name,manager_email\nboss@x.com,Boss,new@x.com\nnew@x.com,New,boss@x.com\n", org);
        Assert.Contains(plan.Errors, e => e.Message.Contains("circle", StringComparison.Ordinal));
    }

    [Fact]
    public void SameFileAgain_ChangesNothing()
    {
        var department = Guid.CreateVersion7();
        var boss = Existing("boss@x.com", "Boss", null, departmentId: department);
        var dev = Existing("dev@x.com", "Dev", boss.Id, departmentId: department);
        var org = Empty with { People = [boss, dev], Departments = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase) { ["Eng"] = department } };

        var plan = Plan("email,name,manager_email,department,time_zone\nboss@x.com,Boss,,eng,UTC\ndev@x.com,Dev,boss@x.com,Eng,UTC\n", org);

        Assert.Empty(plan.Errors);
        Assert.Empty(plan.Changes);
        Assert.Empty(plan.NewDepartments);
    }

    [Fact]
    public void AbsentColumns_KeepWhatIsThere_EmptyCellsClear()
    {
        var dev = Existing("dev@x.com", "Dev", null) with { Title = "Engineer", Location = "Berlin" };
        var plan = Plan("email,name,title\ndev@x.com,Dev,\n", Empty with { People = [dev] });

        var change = Assert.Single(plan.Changes);
        Assert.Null(change.Target.Title);
        Assert.Equal("Berlin", change.Target.Location);
        Assert.False(change.ManagerChanged);
    }

    [Fact]
    public void EmployeeNumber_MatchesAPersonWhoseEmailChanged()
    {
        var dev = Existing("old@x.com", "Dev", null) with { EmployeeNumber = "E-7" };
        var plan = Plan("email,name,employee_number\nnew@x.com,Dev,E-7\n", Empty with { People = [dev] });

        var change = Assert.Single(plan.Changes);
        Assert.Same(dev, change.Existing);
        Assert.Equal("new@x.com", change.Target.Email);
    }

    [Fact]
    public void EmailOfSomeoneElseInTandem_IsReported()
    {
        var a = Existing("a@x.com", "A", null) with { EmployeeNumber = "1" };
        var b = Existing("b@x.com", "B", null) with { EmployeeNumber = "2" };
        // Row matches b by employee number but takes a's email, which a keeps.
        var plan = Plan("email,name,employee_number\nb@x.com,B,1\n", Empty with { People = [a, b] });
        Assert.Contains(plan.Errors, e => e.Column == "employee_number" && e.Message.Contains("also used by", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingRequiredColumn_IsAFileError()
    {
        var file = OrgCsv.Read(new StringReader("email,title\na@x.com,Dev\n"), 1000);
        Assert.Contains(file.Errors, e => e.Row == 1 && e.Column == "name");
    }

    [Fact]
    public void Export_ThenRead_RoundTripsEveryFieldIncludingFormulaLikeText()
    {
        var csv = OrgCsv.Write([new OrgCsv.ExportRow("a@x.com", "=HYPERLINK(\"evil\")", "E-1", "Dev, \"Senior\"", "Eng", "Platform",
            "boss@x.com", "+Berlin", "Europe/Berlin", new DateOnly(2020, 2, 29), PersonStatus.OnLeave)]);

        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        var row = Assert.Single(OrgCsv.Read(new StringReader(csv), 10).Rows);
        Assert.Equal("=HYPERLINK(\"evil\")", row[OrgCsv.Name]);
        Assert.Equal("Dev, \"Senior\"", row[OrgCsv.Title]);
        Assert.Equal("+Berlin", row[OrgCsv.Location]);
        Assert.Equal("2020-02-29", row[OrgCsv.StartDate]);
        Assert.Equal(PersonStatus.OnLeave, OrgCsv.ParseStatus(row[OrgCsv.Status]));
    }

    [Fact]
    public void Semicolons_AreDetectedAsTheSeparator()
    {
        var file = OrgCsv.Read(new StringReader("email;name\na@x.com;A\n"), 10);
        Assert.Equal("A", Assert.Single(file.Rows)[OrgCsv.Name]);
    }

    private static ExistingPerson Existing(string email, string name, Guid? managerId, Guid? departmentId = null) =>
        new(Guid.CreateVersion7(), email, null, name, null, departmentId, null, managerId, null, "UTC", null, PersonStatus.Active);
}
