namespace Tandem.Features.People;

public static class PeopleFeature
{
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services) => services
        .AddScoped<PeopleQueries>()
        .AddScoped<PeopleFinder>()
        .AddScoped<PeopleService>()
        .AddScoped<ReportingLines>()
        .AddScoped<OrgUnits>()
        .AddScoped<OrgChart>()
        .AddScoped<OrgImport>()
        .AddScoped<AttributeImport>()
        .AddScoped<AdminReads>()
        .AddScoped<Audit.IPersonNames, PersonNames>();

    public static IEndpointRouteBuilder MapPeopleFeature(this IEndpointRouteBuilder app) => app
        .MapPeopleApi()
        .MapOrgChartFragments()
        .MapPeopleFragments();
}
