using System.Text.RegularExpressions;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>Time comes from the injected <see cref="TimeProvider"/>, so tests move it (FakeTimeProvider); nothing reads the system clock.</summary>
public sealed partial class ClockRulesTests
{
    [Fact]
    public void NoPageOrService_ReadsTheSystemClock()
    {
        var offenders = Repository.AppSourceFiles().Where(f => SystemClock().IsMatch(File.ReadAllText(f))).ToList();
        Assert.True(offenders.Count == 0, "Take the time from an injected TimeProvider instead:\n" + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex SystemClock();
}
