namespace SchoolImprovement.Web.Security.Sessions;

public static class SessionRegistration
{
    /// <summary>Server-side sessions and the handlers of the sessions pages and of role grants.</summary>
    public static IServiceCollection AddPortalSessions(this IServiceCollection services)
    {
        services.AddScoped<UserSessions>();
        return services;
    }
}
