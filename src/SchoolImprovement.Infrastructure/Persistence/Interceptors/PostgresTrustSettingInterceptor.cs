using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence.Interceptors;

/// <summary>
/// PostgreSQL only (ADR 0016): gives each connection the scope's trust as it opens, from the same
/// <see cref="TrustContext"/> the query filters read, so the row-level security policies
/// (<see cref="RowLevelSecurity"/>) see what EF sees; and clears it before the connection goes back
/// to the pool. One parameterised statement per open; one per close only when something was set.
/// </summary>
/// <remarks>
/// Npgsql also resets a pooled connection (<c>DISCARD ALL</c>, sent with the next use, unless
/// <c>No Reset On Close</c> is set), which leaves the settings empty: the policies treat empty as
/// no trust. The clear here does not rely on that.
/// </remarks>
public sealed class PostgresTrustSettingInterceptor(TrustContext trust) : DbConnectionInterceptor
{
    private const string Apply =
        $"SELECT set_config('{RowLevelSecurity.TrustSetting}', $1, false), set_config('{RowLevelSecurity.CrossTrustSetting}', $2, false)";

    private const string Clear =
        $"SELECT set_config('{RowLevelSecurity.TrustSetting}', NULL, false), set_config('{RowLevelSecurity.CrossTrustSetting}', NULL, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = ApplyCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = ApplyCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (NeedsClearing(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Clear;
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (NeedsClearing(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Clear;
            await command.ExecuteNonQueryAsync();
        }

        return result;
    }

    /// <summary>Only a scope with a trust (or the cross-trust read) set anything worth clearing.</summary>
    private bool NeedsClearing(DbConnection connection) =>
        connection.State == ConnectionState.Open && (trust.TrustId is not null || trust.CrossTrustRead);

    private DbCommand ApplyCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Apply;
        command.Parameters.Add(Text(command, trust.TrustId?.ToString("D")));
        command.Parameters.Add(Text(command, trust.CrossTrustRead ? RowLevelSecurity.CrossTrustReadValue : null));
        return command;
    }

    private static DbParameter Text(DbCommand command, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        return parameter;
    }
}
