using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Second factors that cannot be replayed or read from the database (issue 7, item 3): the user
/// store that encrypts authenticator keys and hashes recovery codes, the authenticator provider
/// that accepts each code once, and the MFA rules with the trust's exemptions. Call after AddIdentity.
/// </summary>
public static class SecondFactorRegistration
{
    public static IServiceCollection AddPortalSecondFactors(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IUserStore<PortalUser>, PortalUserStore>());
        services.AddScoped<OneTimeAuthenticatorTokenProvider>();
        services.Configure<IdentityOptions>(options =>
            options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider)));
        services.AddScoped<MfaRequirement>();
        services.AddSingleton<MfaSwitch>();
        return services;
    }
}

/// <summary>For the sign-in page: whether to say that MFA is switched off (Development only).</summary>
public sealed class MfaSwitch(IConfiguration configuration, IWebHostEnvironment environment)
{
    public bool SwitchedOffInDevelopment => environment.IsDevelopment() && !MfaRules.Required(configuration);
}
