using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence;

/// <summary>
/// The second tenancy layer, on PostgreSQL only (ADR 0016): every trust-owned table has row-level
/// security enabled and forced (so even the tables' owner is subject) and the policy
/// <see cref="PolicyName"/>: a row is visible and writable only when its <c>TrustId</c> equals the
/// connection's <see cref="TrustSetting"/>, which <see cref="Interceptors.PostgresTrustSettingInterceptor"/>
/// sets from the same <see cref="Tenancy.TrustContext"/> the query filters read. No setting (or an
/// empty one, as <c>DISCARD ALL</c> leaves it) matches nothing: fail closed. The policy SQL is
/// written here once; migrations call <see cref="Enable"/> (a no-op on other providers).
/// </summary>
/// <remarks>
/// A migration names its tables rather than reading today's model: a migration is history, and
/// re-running it on an empty database must not touch a table a later migration creates. A migration
/// that adds a trust-owned table calls <c>RowLevelSecurity.Enable(migrationBuilder, "NewTable")</c>
/// after creating it; <c>RowLevelSecurityTests</c> fails when a table with a TrustId column in the
/// migrated database has no forced row-level security and policy.
/// </remarks>
public static class RowLevelSecurity
{
    /// <summary>The per-connection setting holding the current trust's id (a uuid as text), or empty for none.</summary>
    public const string TrustSetting = "portal.trust_id";

    /// <summary>The per-connection setting that <see cref="Tenancy.CrossTrustAccess"/> alone sets to <see cref="CrossTrustReadValue"/>.</summary>
    public const string CrossTrustSetting = "portal.cross_trust";

    /// <summary>The value of <see cref="CrossTrustSetting"/> that lets a connection read (never write) the tables allowed by <see cref="AllowCrossTrustRead"/>.</summary>
    public const string CrossTrustReadValue = "read";

    /// <summary>The policy on every trust-owned table.</summary>
    public const string PolicyName = "trust_isolation";

    /// <summary>The read-only policy on the few tables platform administration reads across trusts.</summary>
    public const string CrossTrustReadPolicyName = "cross_trust_read";

    /// <summary>The rows of the connection's trust: the expression of both USING and WITH CHECK.</summary>
    public const string TrustPredicate = $"\"TrustId\" = NULLIF(current_setting('{TrustSetting}', true), '')::uuid";

    /// <summary>The tables of the model's trust-owned entity types (<see cref="ITrustOwned"/>), in name order.</summary>
    public static IReadOnlyList<string> TrustOwnedTables(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.GetEntityTypes()
            .Where(t => typeof(ITrustOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null)
            .Select(t => t.GetTableName()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The DDL that puts <paramref name="table"/> under the trust policy. Safe to run again (the policy
    /// is replaced), so a migration set that repeats it over a database that has it changes nothing.
    /// </summary>
    public static string EnableSql(string table) =>
        $"""
        ALTER TABLE {Quote(table)} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE {Quote(table)} FORCE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS {PolicyName} ON {Quote(table)};
        CREATE POLICY {PolicyName} ON {Quote(table)} AS PERMISSIVE FOR ALL USING ({TrustPredicate}) WITH CHECK ({TrustPredicate});
        """;

    /// <summary>The DDL that undoes <see cref="EnableSql"/>.</summary>
    public static string DisableSql(string table) =>
        $"""
        DROP POLICY IF EXISTS {PolicyName} ON {Quote(table)};
        ALTER TABLE {Quote(table)} NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE {Quote(table)} DISABLE ROW LEVEL SECURITY;
        """;

    /// <summary>The DDL that lets a cross-trust connection read (SELECT only) every trust's rows of <paramref name="table"/>. Safe to run again.</summary>
    public static string CrossTrustReadSql(string table) =>
        $"DROP POLICY IF EXISTS {CrossTrustReadPolicyName} ON {Quote(table)}; CREATE POLICY {CrossTrustReadPolicyName} ON {Quote(table)} AS PERMISSIVE FOR SELECT USING (current_setting('{CrossTrustSetting}', true) = '{CrossTrustReadValue}');";

    /// <summary>Puts each table under the trust policy, on PostgreSQL; nothing on other providers.</summary>
    public static void Enable(MigrationBuilder migrationBuilder, params string[] tables) =>
        OnPostgres(migrationBuilder, tables, EnableSql);

    /// <summary>Undoes <see cref="Enable"/>, on PostgreSQL; nothing on other providers.</summary>
    public static void Disable(MigrationBuilder migrationBuilder, params string[] tables) =>
        OnPostgres(migrationBuilder, tables, DisableSql);

    /// <summary>Lets <see cref="Tenancy.CrossTrustAccess"/> read each table across trusts, on PostgreSQL; nothing on other providers.</summary>
    public static void AllowCrossTrustRead(MigrationBuilder migrationBuilder, params string[] tables) =>
        OnPostgres(migrationBuilder, tables, CrossTrustReadSql);

    /// <summary>Undoes <see cref="AllowCrossTrustRead"/>.</summary>
    public static void DisallowCrossTrustRead(MigrationBuilder migrationBuilder, params string[] tables) =>
        OnPostgres(migrationBuilder, tables, t => $"DROP POLICY IF EXISTS {CrossTrustReadPolicyName} ON {Quote(t)};");

    private static void OnPostgres(MigrationBuilder migrationBuilder, string[] tables, Func<string, string> sql)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentNullException.ThrowIfNull(tables);
        if (!migrationBuilder.IsNpgsql())
        {
            return;
        }

        foreach (var table in tables)
        {
            migrationBuilder.Sql(sql(table));
        }
    }

    private static string Quote(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        return table.Contains('"', StringComparison.Ordinal)
            ? throw new ArgumentException($"Unexpected table name {table}.", nameof(table))
            : $"\"{table}\"";
    }
}
