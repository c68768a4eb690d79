using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>
/// Pages bind forms one way: an EditForm (or a plain form for a one-button action) with [SupplyParameterFromForm]
/// properties, so a refused form keeps what was typed and shows each error next to its field. Nothing reads the raw
/// request form with sentinel values for what could not be read.
/// </summary>
public sealed partial class FormBindingRulesTests
{
    [Fact]
    public void NoPageOrComponent_ReadsTheRequestForm()
    {
        var offenders = Repository.AppSourceFiles().Where(f => RequestForm().IsMatch(File.ReadAllText(f))).ToList();
        Assert.True(offenders.Count == 0, "Bind the form with [SupplyParameterFromForm] (see Goals/Pages/GoalPeriodsPage.razor) instead:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\bRequest\s*\.\s*(Form\b|ReadFormAsync\b)")]
    private static partial Regex RequestForm();
}
