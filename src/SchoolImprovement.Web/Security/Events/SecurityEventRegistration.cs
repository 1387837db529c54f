using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Security.Events;

/// <summary>Registers what the security events and the audit trail need from the web host.</summary>
public static class SecurityEventRegistration
{
    public static IServiceCollection AddSecurityEventRecording(this IServiceCollection services)
    {
        services.AddScoped<SecurityEvents>();
        services.AddSingleton<IActingPersonSource, RequestActingPerson>();
        return services;
    }

    /// <summary>The request's signed-in person, for audit rows written in a scope entered explicitly.</summary>
    private sealed class RequestActingPerson(IHttpContextAccessor http) : IActingPersonSource
    {
        public ActingPerson? Current =>
            http.HttpContext?.User is { Identity.IsAuthenticated: true } user && user.Id() is var id && id != Guid.Empty
                ? new ActingPerson(id, user.Identity?.Name ?? id.ToString())
                : null;
    }
}
