using Tandem.Features.Calibration;

namespace Tandem.Tests.Calibration;

/// <summary>The equity view's groups, thresholds and intervals, against worked examples.</summary>
public sealed class EquityViewTests
{
    private static (IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, string>> Attributes, List<EquityPerson> People) Org(params (string Group, int Proposed, int Final)[] people)
    {
        var list = people.Select(p => (Id: Guid.NewGuid(), p.Group, p.Proposed, p.Final)).ToList();
        var values = list.Where(p => p.Group.Length > 0).ToDictionary(p => p.Id, p => p.Group);
        return (new Dictionary<string, IReadOnlyDictionary<Guid, string>> { ["group"] = values },
            [.. list.Select(p => new EquityPerson(p.Id, p.Proposed, p.Final, 2))]);
    }

    private static IEnumerable<(string, int, int)> Many(string group, int n, int proposed, int final) => Enumerable.Repeat((group, proposed, final), n);

    [Fact]
    public void GroupsUnderTheThreshold_AreShownCombined_WhenTogetherTheyReachIt()
    {
        var (attributes, people) = Org([.. Many("a", 10, 3, 3), .. Many("b", 2, 3, 3), .. Many("c", 1, 3, 3)]);
        var groups = EquityView.Of(attributes, people, 5, 3).Single().Groups;
        Assert.Equal([("a", 10), (EquityView.Combined, 3)], groups.Select(g => (g.Name, g.People)));
    }

    [Fact]
    public void ASmallGroupAlone_TakesTheNextSmallestWithIt_SoThatSubtractionRevealsNothing()
    {
        // "c" (2) alone would be the whole cycle minus "a" and "b": "b" (4), the next smallest, is hidden with it.
        var (attributes, people) = Org([.. Many("a", 10, 3, 3), .. Many("b", 4, 3, 3), .. Many("c", 2, 3, 3)]);
        var view = EquityView.Of(attributes, people, 5, 3).Single();
        Assert.Equal([("a", 10), (EquityView.Combined, 6)], view.Groups.Select(g => (g.Name, g.People)));
        Assert.Equal(2, view.Hidden);
        Assert.DoesNotContain(view.Groups, g => g.Name is "b" or "c");
    }

    [Fact]
    public void TooFewAltogether_NothingIsShown()
    {
        var (attributes, people) = Org(("a", 3, 3), ("b", 3, 4));
        var view = EquityView.Of(attributes, people, 5, 3).Single();
        Assert.Empty(view.Groups);
        Assert.True(view.Withheld);
    }

    [Fact]
    public void PeopleWithoutTheAttribute_AreAGroupOfTheirOwn()
    {
        var (attributes, people) = Org([.. Many("a", 3, 3, 3), .. Many("", 3, 3, 3)]);
        Assert.Contains(EquityView.Of(attributes, people, 5, 3).Single().Groups, g => g.Name == EquityView.NotRecorded && g.People == 3);
    }

    [Fact]
    public void Interval_IsStudentsT()
    {
        // Mean 2, sample sd 1 (values 1, 2, 3), n 3: half-width t(2) × 1 / √3 = 4.303 / 1.732 = 2.484.
        var (mean, low, high) = EquityView.Interval([1, 2, 3]);
        Assert.Equal(2, mean);
        Assert.Equal(2 - 2.484, low!.Value, 3);
        Assert.Equal(2 + 2.484, high!.Value, 3);
    }

    [Fact]
    public void AGap_IsClearOnlyWhenItsIntervalLeavesOutZero()
    {
        // Group "a" was raised by one point each time, everyone else sometimes lowered: clear.
        var (attributes, people) = Org([.. Many("a", 6, 3, 4), .. Many("b", 3, 3, 3), .. Many("b", 3, 3, 2)]);
        var groups = EquityView.Of(attributes, people, 5, 3).Single().Groups.ToDictionary(g => g.Name);
        Assert.True(groups["a"].ClearGap);
        Assert.Equal(1.5, groups["a"].Gap!.Value, 6);
        Assert.Equal(1, groups["a"].Adjustment);
        Assert.Equal(6, groups["a"].Final.Counts[3]);
        // Mixed adjustments on both sides: no clear gap.
        var (mixed, mixedPeople) = Org(("a", 3, 4), ("a", 3, 2), ("a", 3, 3), ("b", 3, 4), ("b", 3, 2), ("b", 3, 3));
        Assert.All(EquityView.Of(mixed, mixedPeople, 5, 3).Single().Groups, g => Assert.False(g.ClearGap));
    }

    [Fact]
    public void NineBox_CountsByPotentialAndPerformanceBand()
    {
        var (attributes, people) = Org([.. Many("a", 3, 5, 5)]);
        var group = EquityView.Of(attributes, people, 5, 3).Single().Groups.Single();
        // Potential 2, rating 5 of 5 (the top band): box index (2 − 1) × 3 + 3 − 1 = 5.
        Assert.Equal(3, group.NineBox[5]);
        Assert.Equal(3, group.Placed);
    }
}
