using Microsoft.AspNetCore.DataProtection;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// One Data Protection key ring for every instance, kept in the portal's database (ADR 0013).
/// It encrypts the sign-in cookies, sealed forms and stored authenticator keys, so a key ring lost
/// with a container's file system would sign everyone out and make every authenticator unreadable.
/// </summary>
public static class PortalDataProtection
{
    /// <summary>Fixed, so instances on different paths or hosts read each other's protected data.</summary>
    public const string ApplicationName = "SchoolImprovementPortal";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        return services;
    }
}
