using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Acting as a tenant goes through one helper (<c>Tenancy.ActAs</c>), and rights over people come from one place
/// (<c>Security/Reach</c>): no feature flips the tenant on a live context or writes its own reporting-line check.
/// </summary>
public sealed partial class TenancyRulesTests
{
    [Fact]
    public void OnlyTheTenancyHelper_SetsTheTenant()
    {
        var offenders = Repository.AppSourceFiles()
            .Where(f => !f.EndsWith(Path.Combine("Data", "Tenancy.cs"), StringComparison.Ordinal)
                        && !f.EndsWith(Path.Combine("Data", "DataSetup.cs"), StringComparison.Ordinal))
            .Where(f => TenantAssignment().IsMatch(File.ReadAllText(f)))
            .ToList();
        Assert.True(offenders.Count == 0, "Set the tenant with db.ActAs(organizationId) instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NoFeature_ChecksTheReportingLineItself()
    {
        // Structural uses (the org chart draws the tree, the people service keeps it) are not rights checks.
        string[] allowed = ["OrgChart.cs", "ReportingLines.cs", "PeopleService.cs", "PeopleQueries.cs", "OrgImport.cs", "OrganizationSetup.cs", "CurrentUserMiddleware.cs", "Reach.cs"];
        var offenders = Repository.AppSourceFiles()
            .Where(f => !f.Contains(Path.Combine("Data", "Demo"), StringComparison.Ordinal) && !allowed.Contains(Path.GetFileName(f)))
            .Where(f => ReportingCheck().IsMatch(File.ReadAllText(f)))
            .ToList();
        Assert.True(offenders.Count == 0, "Ask Security/Reach instead of reading ManagerId or ReportingLines:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\.TenantId\s*=[^=]")]
    private static partial Regex TenantAssignment();

    [GeneratedRegex(@"ManagerId\s*==\s*(me|meId|current)|db\.ReportingLines")]
    private static partial Regex ReportingCheck();
}
