using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>
/// The foreign-key shapes SQL Server refuses and SQLite and PostgreSQL accept: a table reached from the same
/// table by two paths of cascading keys (ON DELETE CASCADE, SET NULL or SET DEFAULT), and a cycle of cascading
/// keys (a self-reference included). Walks the relational model, so it sees what the migrations create.
/// </summary>
internal static class CascadePaths
{
    private sealed record Edge(string Constraint, string Principal, string Dependent);

    /// <summary>One line per refused shape; empty when SQL Server would accept every key.</summary>
    public static IReadOnlyList<string> RefusedBySqlServer(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var edges = model.GetRelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => new Edge(fk.Name, fk.PrincipalTable.Name, fk.Table.Name))
            .ToLookup(e => e.Principal, StringComparer.Ordinal);
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Select(g => g.Key))
        {
            var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            Walk(start, [start], [], edges, paths, problems);
            foreach (var (table, reached) in paths.Where(p => p.Value.Count > 1))
            {
                problems.Add($"{table} is reached from {start} by {reached.Count} cascading paths: {string.Join(" | ", reached.Order(StringComparer.Ordinal))}");
            }
        }

        return [.. problems];
    }

    private static void Walk(string table, List<string> tables, List<string> constraints, ILookup<string, Edge> edges, Dictionary<string, List<string>> paths, SortedSet<string> problems)
    {
        foreach (var edge in edges[table])
        {
            List<string> via = [.. constraints, edge.Constraint];
            if (tables.Contains(edge.Dependent, StringComparer.Ordinal))
            {
                var from = tables.IndexOf(edge.Dependent);
                problems.Add($"cascade cycle: {string.Join(" -> ", tables.Skip(from).Append(edge.Dependent))} ({string.Join(", ", via.Skip(from))})");
                continue;
            }

            if (!paths.TryGetValue(edge.Dependent, out var reached))
            {
                paths[edge.Dependent] = reached = [];
            }

            reached.Add(string.Join(", ", via));
            Walk(edge.Dependent, [.. tables, edge.Dependent], via, edges, paths, problems);
        }
    }
}
