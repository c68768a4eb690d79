namespace Tandem.Features.Home;

/// <summary>How far an organisation is set up, item by item, for its HR admins' home page.</summary>
/// <param name="People">More than one person (someone besides the first admin) is in the organisation.</param>
/// <param name="Values">At least one company value exists.</param>
/// <param name="Periods">A goal period is in use: at least one goal is set in one. (The current and next quarters appear by themselves, so their being there says nothing.)</param>
/// <param name="Templates">At least one 1:1 agenda template is in the organisation's library (kept by HR, not by a manager).</param>
/// <param name="Managers">Someone other than the viewer with a direct report has an account: they accepted their invitation.</param>
public sealed record SetupProgress(bool People, bool Values, bool Periods, bool Templates, bool Managers)
{
    public int DoneCount => new[] { People, Values, Periods, Templates, Managers }.Count(done => done);

    public bool IsComplete => DoneCount == 5;
}
