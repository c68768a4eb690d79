namespace Tandem.Features.Accounts;

public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services) => services
        .AddScoped<SignInService>()
        .AddScoped<PasswordResets>()
        .AddScoped<SignInThrottles>()
        .AddScoped<InvitationService>()
        .AddScoped<InvitationBatch>()
        .AddScoped<InvitationQueries>()
        .AddScoped<AccessTokens>()
        .AddScoped<OrganizationSetup>()
        .AddScoped<People.IPersonAccounts, PersonAccounts>();

    public static IEndpointRouteBuilder MapAccountsFeature(this IEndpointRouteBuilder app) => app
        .MapAccountsApi()
        .MapInvitationsApi()
        .MapSignOut();
}
