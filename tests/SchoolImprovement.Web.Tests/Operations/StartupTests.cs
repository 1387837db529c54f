using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

public sealed class StartupTests
{
    [Fact]
    public async Task With_demo_mode_off_nothing_is_seeded_but_the_schema_and_roles_exist()
    {
        using var factory = new ProductionLikePortalFactory();
        using var health = await factory.CreateClient().GetAsync("/health");
        health.EnsureSuccessStatusCode();

        Assert.Equal(0, await factory.WithoutTrustAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.WithoutTrustAsync(db => db.Trusts.CountAsync()));
        Assert.Equal(TrustRole.All.Count, await factory.WithoutTrustAsync(db => db.Roles.CountAsync()));
    }

    private static Task<(int ExitCode, string Output)> RunPortalAsync(TestDatabase database, string? input, params string[] args) =>
        PortalProcess.RunAsync(database, input, null, args);

    [Fact]
    public async Task The_create_platform_admin_command_creates_an_administrator_who_can_sign_in()
    {
        using var database = TestDatabase.Sqlite();
        var (refused, why) = await RunPortalAsync(database, "too short", "create-platform-admin", "ops@portal.example", "Operations Lead");
        Assert.Equal(1, refused);
        Assert.Contains("at least 12 characters", why, StringComparison.Ordinal);

        var (exit, output) = await RunPortalAsync(database, "a long enough first password", "create-platform-admin", "ops@portal.example", "Operations Lead");
        Assert.True(exit == 0, output);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.\"Name\" FROM \"AspNetUsers\" u JOIN \"AspNetUserRoles\" ur ON ur.\"UserId\" = u.\"Id\" JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE u.\"Email\" = 'ops@portal.example'";
        Assert.Equal(TrustRole.PlatformAdministrator, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_migrate_command_migrates_and_exits_without_seeding()
    {
        using var database = TestDatabase.Sqlite();
        var (exit, output) = await RunPortalAsync(database, null, "migrate");
        Assert.True(exit == 0, output);

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM \"__EFMigrationsHistory\"), (SELECT COUNT(*) FROM \"AspNetUsers\"), (SELECT COUNT(*) FROM \"AspNetRoles\")";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(MigrationsInAssembly(), reader.GetInt32(0));
        Assert.Equal(0, reader.GetInt32(1));
        Assert.Equal(TrustRole.All.Count, reader.GetInt32(2));
    }

    /// <summary>The portal's migrations, as the assembly declares them (no count written out here to go stale).</summary>
    private static int MigrationsInAssembly() =>
        Assembly.Load(DatabaseProviders.MigrationsAssembly(DatabaseProviders.Sqlite)).GetTypes().Count(t =>
            t.GetCustomAttribute<MigrationAttribute>() is not null && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PortalDbContext));
}
