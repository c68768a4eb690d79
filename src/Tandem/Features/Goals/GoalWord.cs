using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// One word of a goal's title, for finding goals by the start of their words from an index rather than by reading every
/// title (<see cref="GoalQueries"/>). Kept with the title by <see cref="GoalWordsInterceptor"/>; gone with the goal.
/// </summary>
public sealed class GoalWord : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public required string Word { get; set; }
    public Guid GoalId { get; set; }

    /// <summary>A goal's words as rows, for writers that bypass the change tracker (bulk inserts).</summary>
    public static IEnumerable<GoalWord> Of(Goal goal) =>
        GoalRules.Words(goal.Title).Select(word => new GoalWord { OrganizationId = goal.OrganizationId, Word = word, GoalId = goal.Id });
}
