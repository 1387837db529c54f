using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Security.Sessions;

public static class SessionRegistration
{
    /// <summary>Server-side sessions, the in-memory check of them and its invalidation (ADR 0012, 0017).</summary>
    public static IServiceCollection AddPortalSessions(this IServiceCollection services)
    {
        services.AddScoped<UserSessions>();
        // A revocation interval over 30 s stops the start with the setting named (ValidateOnStart).
        services.AddOptions<SessionCheckOptions>().BindConfiguration(SessionCheckOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SessionCheckOptions>, SessionCheckOptionsValidation>();
        services.AddSingleton<SessionCheckCache>();
        services.AddSingleton<SessionCheckInvalidation>();
        services.AddSingleton<IDbContextOptionsConfiguration<PortalDbContext>, SessionCheckInvalidation.Registration>();
        return services;
    }

    private sealed class SessionCheckOptionsValidation : IValidateOptions<SessionCheckOptions>
    {
        public ValidateOptionsResult Validate(string? name, SessionCheckOptions options) =>
            options.SessionRevocationSeconds is >= 0 and <= SessionCheckOptions.MaximumSeconds
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(SessionCheckOptions.Problem(options.SessionRevocationSeconds));
    }
}
