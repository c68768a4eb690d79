using Tandem.Features.Development;

namespace Tandem.Tests.Development;

public sealed class GapMathTests
{
    [Theory]
    [InlineData(2, 4, 2)]
    [InlineData(4, 4, 0)]
    [InlineData(5, 3, 0)]
    [InlineData(1, 5, 4)]
    public void Gap_BothKnown_LevelsShortNeverNegative(int current, int required, int expected) => Assert.Equal(expected, GapMath.Gap(current, required));

    [Fact]
    public void Gap_NotAssessed_IsUnknownNotAFullGap() => Assert.Null(GapMath.Gap(null, 4));

    [Fact]
    public void Gap_NotRequired_IsUnknown() => Assert.Null(GapMath.Gap(3, null));

    [Theory]
    [InlineData(3, 2, 3)]
    [InlineData(null, 2, 2)]
    [InlineData(null, null, null)]
    public void Current_ManagersViewFirst_ThenSelf(int? manager, int? self, int? expected) => Assert.Equal(expected, GapMath.Current(manager, self));
}
