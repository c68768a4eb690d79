namespace Tandem.Features.OneOnOnes;

public static class OneOnOnesFeature
{
    public static IServiceCollection AddOneOnOnesFeature(this IServiceCollection services) => services
        .AddScoped<OneOnOneAccess>()
        .AddScoped<OneOnOneQueries>()
        .AddScoped<OneOnOneInsights>()
        .AddScoped<MeetingPlanner>()
        .AddScoped<SeriesService>()
        .AddScoped<MeetingService>()
        .AddScoped<MeetingTemplates>()
        .AddScoped<OrgQuestions>()
        .AddScoped<CalendarFeeds>()
        .AddScoped<Development.IManagerMeetings, ManagerMeetings>()
        .AddSingleton<MeetingEvents>()
        .AddSingleton<LiveStreams>()
        .AddHostedService<MeetingEventsListener>()
        .AddHostedService<MeetingPlanningService>()
        .AddSingleton<MeetingReminders>()
        .AddHostedService(s => s.GetRequiredService<MeetingReminders>());

    public static IEndpointRouteBuilder MapOneOnOnesFeature(this IEndpointRouteBuilder app) => app
        .MapOneOnOnesApi()
        .MapMeetingLive();
}
