using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Web.Hosting;

/// <summary>Start-up work: migrations (when configured), roles, and demo data (demo mode only).</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        if (database.MigrateOnStartup)
        {
            await MigrateAsync(app.Services);
        }

        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        }
    }

    /// <summary>
    /// Applies pending migrations and makes sure every role exists (the <c>migrate</c> command), as
    /// the schema owner when <c>Database:MigrationConnectionString</c> is set (ADR 0016).
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (scope.ServiceProvider.GetRequiredService<DatabaseOptions>().MigrationConnectionString is { Length: > 0 } owner)
        {
            db.Database.SetConnectionString(owner);
        }

        await PortalMigrations.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalMigrations)));
        await RoleSeeder.EnsureRolesAsync(db);
    }
}
