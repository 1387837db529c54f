using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Persistence.Interceptors;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers the DbContext (never pooled: a pooled context could carry one trust into the
    /// next request), the scoped trust context and the save interceptors, in the order they run:
    /// version stamp, audit, tenancy.
    /// </summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TrustContext>();
        services.AddScoped<VersionInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<TenancyInterceptor>();
        services.AddDbContext<PortalDbContext>((provider, builder) =>
        {
            DatabaseProviders.Configure(builder, provider.GetRequiredService<DatabaseOptions>());
            builder.AddInterceptors(
                provider.GetRequiredService<VersionInterceptor>(),
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<TenancyInterceptor>());
        });
        return services;
    }
}
