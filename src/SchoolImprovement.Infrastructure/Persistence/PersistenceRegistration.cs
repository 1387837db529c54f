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
    /// version stamp, audit, tenancy. On PostgreSQL each connection also carries the scope's trust
    /// for row-level security (<see cref="PostgresTrustSettingInterceptor"/>, ADR 0016).
    /// </summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TrustContext>();
        services.AddScoped<VersionInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<TenancyInterceptor>();
        services.AddScoped<PostgresTrustSettingInterceptor>();
        services.AddSingleton<CrossTrustAccess>();
        services.AddDbContext<PortalDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<DatabaseOptions>();
            DatabaseProviders.Configure(builder, options);
            if (options.Provider.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
            {
                builder.AddInterceptors(provider.GetRequiredService<PostgresTrustSettingInterceptor>());
            }

            builder.AddInterceptors(
                CommitteePackImmutabilityInterceptor.Instance,
                provider.GetRequiredService<VersionInterceptor>(),
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<TenancyInterceptor>());
        });
        return services;
    }
}
