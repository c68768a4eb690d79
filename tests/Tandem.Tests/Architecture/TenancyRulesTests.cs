using System.Text.RegularExpressions;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Acting as a tenant goes through one helper (<c>Tenancy.ActAs</c>), and rights over people come from one place
/// (<c>Security/Reach</c>): no feature flips the tenant on a live context or writes its own reporting-line check.
/// </summary>
public sealed partial class TenancyRulesTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot(), "src", "Tandem");

    [Fact]
    public void OnlyTheTenancyHelper_SetsTheTenant()
    {
        var offenders = SourceFiles()
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
        string[] allowed = ["OrgChart.cs", "ReportingLines.cs", "PeopleService.cs", "OrgImport.cs", "OrganizationSetup.cs", "CurrentUserMiddleware.cs", "Reach.cs"];
        var offenders = SourceFiles()
            .Where(f => !f.Contains(Path.Combine("Data", "Demo"), StringComparison.Ordinal) && !allowed.Contains(Path.GetFileName(f)))
            .Where(f => ReportingCheck().IsMatch(File.ReadAllText(f)))
            .ToList();
        Assert.True(offenders.Count == 0, "Ask Security/Reach instead of reading ManagerId or ReportingLines:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Tandem.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Tandem.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.TenantId\s*=[^=]")]
    private static partial Regex TenantAssignment();

    [GeneratedRegex(@"ManagerId\s*==\s*(me|meId|current)|db\.ReportingLines")]
    private static partial Regex ReportingCheck();
}
