namespace Tandem.Features.Goals;

public static class GoalsFeature
{
    public static IServiceCollection AddGoalsFeature(this IServiceCollection services) => services
        .AddScoped<GoalAccess>()
        .AddScoped<GoalRollups>()
        .AddScoped<GoalPeriods>()
        .AddScoped<GoalConversation>()
        .AddSingleton<GoalCommentRateLimit>()
        .AddScoped<GoalQueries>()
        .AddScoped<GoalService>()
        .AddScoped<KeyResultService>()
        .AddScoped<GoalAssignments>()
        .AddScoped<GoalInsights>()
        .AddScoped<GoalImport>();

    public static IEndpointRouteBuilder MapGoalsFeature(this IEndpointRouteBuilder app) => app
        .MapGoalsApi()
        .MapGoalFragments();
}
