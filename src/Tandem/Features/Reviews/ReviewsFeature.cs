namespace Tandem.Features.Reviews;

public static class ReviewsFeature
{
    public static IServiceCollection AddReviewsFeature(this IServiceCollection services) => services
        .AddScoped<ReviewAccess>()
        .AddScoped<ReviewTemplates>()
        .AddScoped<ReviewCycles>()
        .AddScoped<CycleOpening>()
        .AddScoped<PeerNominations>()
        .AddScoped<RatedItems>()
        .AddScoped<ReviewEvidence>()
        .AddScoped<ReviewWriting>()
        .AddScoped<ReviewQueries>()
        .AddScoped<ResultsService>()
        .AddScoped<CycleProgress>()
        .AddScoped<People.IReportingChanges, CycleChanges>()
        .AddSingleton<ReviewReminders>()
        .AddHostedService(s => s.GetRequiredService<ReviewReminders>());

    public static IEndpointRouteBuilder MapReviewsFeature(this IEndpointRouteBuilder app) => app.MapReviewsApi();
}
