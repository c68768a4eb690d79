namespace Tandem.Features.Goals;

/// <summary>
/// Progress arithmetic, pure so that it is tested on its own: a key result's progress, an objective's
/// weighted roll-up of its key results and aligned children, and the OKR colour bands.
/// </summary>
public static class GoalMath
{
    /// <summary>How far a key result is: metrics from start to target (either direction), milestones done or not.</summary>
    public static double KeyResultProgress(KeyResultKind kind, double? start, double? target, double? current, bool done)
    {
        if (kind == KeyResultKind.Milestone) return done ? 1 : 0;
        if (start is not { } s || target is not { } t || current is not { } c || t == s) return 0;
        return Math.Clamp((c - s) / (t - s), 0, 1);
    }

    /// <summary>
    /// The weighted average of the parts (key results and counted children). A goal with nothing to average
    /// is complete only when it is marked done.
    /// </summary>
    public static double Rollup(IEnumerable<(double Weight, double Progress)> parts, GoalStatus status)
    {
        double weights = 0, weighted = 0;
        foreach (var (weight, progress) in parts)
        {
            weights += weight;
            weighted += weight * progress;
        }
        return Rollup(weights, weighted, status);
    }

    /// <summary>The same, from the parts' total weight and their weighted sum of progress.</summary>
    public static double Rollup(double weights, double weighted, GoalStatus status) =>
        weights <= 0 ? (status == GoalStatus.Done ? 1 : 0) : Math.Clamp(weighted / weights, 0, 1);

    /// <summary>A score or progress (0 to 1) as people read it everywhere in Tandem: a whole percentage, "63%".</summary>
    public static string Format(double progress) =>
        Math.Round(Math.Clamp(progress, 0, 1) * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A goal's status from its key results' latest check-ins: the most worrying one.</summary>
    public static GoalStatus FromCheckIns(IEnumerable<CheckInStatus?> statuses)
    {
        var worst = CheckInStatus.OnTrack;
        foreach (var status in statuses)
        {
            if (status is { } s && s > worst) worst = s;
        }
        return worst switch
        {
            CheckInStatus.OffTrack => GoalStatus.OffTrack,
            CheckInStatus.AtRisk => GoalStatus.AtRisk,
            _ => GoalStatus.OnTrack,
        };
    }

    /// <summary>Whether a child goal counts in its parent's progress: approved, not dropped, and public.</summary>
    public static bool CountsInParent(GoalApproval approval, GoalStatus status, GoalVisibility visibility) =>
        approval == GoalApproval.Approved && status != GoalStatus.Dropped && visibility == GoalVisibility.Public;
}

