using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>Describes a database's schema as sorted lines: tables, columns (type, nullability, default), indexes and foreign keys (with all their columns).</summary>
internal static class SchemaReader
{
    public static async Task<List<string>> DescribeAsync(DbContext db, string provider)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var lines = provider == DatabaseProviders.Postgres ? await PostgresAsync(connection) : await SqliteAsync(connection);
            lines.RemoveAll(l => l.Contains("__EFMigrations", StringComparison.Ordinal) || l.Contains("sqlite_sequence", StringComparison.Ordinal));
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange(await ReadAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))} pk={r.GetInt64(5)}"));
            // One line per key, its columns in order, so a composite key reads as one: "fk Actions(TrustId,SchoolId) -> Schools(TrustId,Id)".
            var keyColumns = await ReadAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Parent: r.GetString(2), From: r.GetString(3), To: r.IsDBNull(4) ? "(primary key)" : r.GetString(4), OnDelete: r.GetString(6)));
            lines.AddRange(keyColumns.GroupBy(c => c.Id).Select(key =>
            {
                var columns = key.OrderBy(c => c.Seq).ToList();
                return $"fk {table}({string.Join(",", columns.Select(c => c.From))}) -> {columns[0].Parent}({string.Join(",", columns.Select(c => c.To))}) on delete {columns[0].OnDelete}";
            }));
            var indexes = await ReadAsync(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2)));
            foreach (var (name, unique) in indexes)
            {
                var columns = await ReadAsync(connection, $"PRAGMA index_info(\"{name}\")", r => r.GetString(2));
                var definition = await ReadAsync(connection, $"SELECT coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND name = '{name}'", r => r.GetString(0));
                lines.Add($"index {table}.{name} unique={unique} ({string.Join(",", columns)}) {definition.FirstOrDefault()}");
            }

            lines.AddRange(await ReadAsync(connection, $"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}' AND sql LIKE '%AUTOINCREMENT%'", _ => $"autoincrement {table}"));
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = await ReadAsync(connection,
            "SELECT table_name, column_name, data_type, coalesce(character_maximum_length, -1), is_nullable, coalesce(column_default, ''), is_identity, coalesce(identity_generation, '') FROM information_schema.columns WHERE table_schema = 'public'",
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} default={r.GetString(5)} identity={r.GetString(6)} {r.GetString(7)}");
        lines.AddRange(await ReadAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'", r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await ReadAsync(connection,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        return lines;
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
