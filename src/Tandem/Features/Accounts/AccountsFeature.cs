namespace Tandem.Features.Accounts;

public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services) => services
        .AddScoped<SignInService>()
        .AddScoped<SignInThrottles>()
        .AddScoped<Invitations>()
        .AddScoped<InvitationBatch>()
        .AddScoped<InvitationList>()
        .AddScoped<AccessTokens>();

    public static IEndpointRouteBuilder MapAccountsFeature(this IEndpointRouteBuilder app) => app
        .MapAccountsApi()
        .MapInvitationsApi()
        .MapSignOut();
}
