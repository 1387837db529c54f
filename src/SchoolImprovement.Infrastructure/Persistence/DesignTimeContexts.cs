using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// The context the EF tools build for one provider (each migrations project's design-time factory
/// calls this): the portal's own provider configuration, a placeholder connection string (the tools
/// do not connect to add a migration or write a script) and no trust.
/// </summary>
public static class DesignTimeContexts
{
    public static PortalDbContext Create(string provider)
    {
        var canonical = DatabaseProviders.Canonical(provider);
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseProviders.Configure(builder, new DatabaseOptions
        {
            Provider = canonical,
            ConnectionString = canonical switch
            {
                DatabaseProviders.Sqlite => "Data Source=:memory:",
                DatabaseProviders.Postgres => "Host=localhost;Database=portal_design_time",
                _ => "Server=localhost;Database=portal_design_time;Encrypt=True;TrustServerCertificate=True",
            },
        });
        return new PortalDbContext(builder.Options, new TrustContext());
    }
}
