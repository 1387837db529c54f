using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

public static class PasswordServices
{
    /// <summary>
    /// The common-password and context-word check on every new password, and the two emailed
    /// tokens with lifetimes of their own on the injected clock: reset links (the password-reset
    /// provider Identity uses) and invitation links.
    /// </summary>
    public static IServiceCollection AddPortalPasswords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CommonPasswordList>();
        services.AddScoped<IPasswordValidator<PortalUser>, PortalPasswordValidator>();
        services.Configure<AccountTokenOptions>(configuration.GetSection(AccountTokenOptions.Section));
        services.AddTransient<PasswordResetTokenProvider>();
        services.AddTransient<InvitationTokenProvider>();
        services.Configure<IdentityOptions>(options =>
        {
            options.Tokens.ProviderMap[PasswordResetTokenProvider.Name] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
            options.Tokens.ProviderMap[InvitationTokenProvider.Name] = new TokenProviderDescriptor(typeof(InvitationTokenProvider));
            options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.Name;
        });
        return services;
    }
}
