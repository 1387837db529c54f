using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>A new controller action fails these tests until it has a row in <see cref="AuthorizationMatrix"/>.</summary>
public sealed class AuthorizationMatrixCompletenessTests
{
    [Fact]
    public void Every_controller_action_is_in_the_matrix()
    {
        var actions = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(Controller).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
                .SelectMany(m => (m.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods).DefaultIfEmpty("GET"))
                    .Select(verb => $"{c.Name[..^"Controller".Length]}.{m.Name} {verb}")))
            .ToHashSet();
        var listed = AuthorizationMatrix.Rows.Select(r => $"{r.Action} {r.Method}").ToHashSet();

        Assert.Empty(actions.Except(listed));
        Assert.Empty(listed.Except(actions));
    }

    [Fact]
    public void Every_row_has_a_cell_per_column_and_a_target_per_cell()
    {
        foreach (var row in AuthorizationMatrix.Rows)
        {
            Assert.All(AuthorizationMatrix.Cells(row), cell => Assert.Equal(AuthorizationMatrix.TargetCount(row.Target), cell.Split('/').Length));
        }
    }
}

/// <summary>
/// Every role x action x target of <see cref="AuthorizationMatrix"/> over HTTP, each POST with a
/// valid antiforgery token for its client, on SQLite and on PostgreSQL (the two classes at the end).
/// </summary>
public abstract class AuthorizationMatrixTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task Every_role_gets_the_expected_status_for_every_action_and_target()
    {
        var targets = await MatrixTargets.CreateAsync(Portal);
        var failures = new List<string>();
        for (var column = 0; column < AuthorizationMatrix.Columns.Count; column++)
        {
            var role = AuthorizationMatrix.Columns[column];
            using var client = await ClientForAsync(role);
            var token = await client.AntiforgeryTokenAsync();
            for (var row = 0; row < AuthorizationMatrix.Rows.Count; row++)
            {
                var entry = AuthorizationMatrix.Rows[row];
                var expected = AuthorizationMatrix.Cells(entry)[column].Split('/');
                for (var relation = 0; relation < expected.Length; relation++)
                {
                    var url = entry.Target == Target.None ? entry.Url : targets.For(row, column, relation).Fill(entry.Url);
                    var status = entry.FreshClient
                        ? await SendFromOwnClientAsync(role, entry.Method, url)
                        : await SendAsync(client, token, entry.Method, url);
                    if (status != expected[relation])
                    {
                        failures.Add($"{role} {entry.Method} {url} ({entry.Action}, {Relation(entry.Target, relation)}): expected {expected[relation]}, got {status}");
                    }
                }
            }
        }

        failures.AddRange(await ChangedTargetsThatShouldNotHaveAsync(targets));
        Assert.True(failures.Count == 0, $"{failures.Count} cells differ:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>
    /// A record made for a cell is changed exactly when the cell expects the work done (302 for a
    /// signed-in person): a refused request (403, 404, anonymous) or a form shown again (200) changes nothing.
    /// </summary>
    private static async Task<List<string>> ChangedTargetsThatShouldNotHaveAsync(MatrixTargets targets)
    {
        var failures = new List<string>();
        for (var row = 0; row < AuthorizationMatrix.Rows.Count; row++)
        {
            var entry = AuthorizationMatrix.Rows[row];
            if (!AuthorizationMatrix.MadePerCell(entry.Target))
            {
                continue;
            }

            for (var column = 0; column < AuthorizationMatrix.Columns.Count; column++)
            {
                var expected = AuthorizationMatrix.Cells(entry)[column].Split('/');
                for (var relation = 0; relation < expected.Length; relation++)
                {
                    var shouldChange = expected[relation] == "302" && AuthorizationMatrix.Columns[column] != AuthorizationMatrix.Anonymous;
                    if (await targets.ChangedAsync(row, column, relation) != shouldChange)
                    {
                        failures.Add($"{AuthorizationMatrix.Columns[column]} {entry.Method} {entry.Action} ({Relation(entry.Target, relation)}): its target was {(shouldChange ? "not changed, though the work should be done" : "changed, though the request should change nothing")}");
                    }
                }
            }
        }

        return failures;
    }

    private static async Task<string> SendAsync(HttpClient client, string token, string method, string url)
    {
        using var response = method == "POST" ? await client.PostWithTokenAsync(url, token) : await client.GetAsync(url);
        return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>For a request that ends the session: a client signed in for this one request.</summary>
    private async Task<string> SendFromOwnClientAsync(string role, string method, string url)
    {
        using var client = await ClientForAsync(role);
        return await SendAsync(client, await client.AntiforgeryTokenAsync(), method, url);
    }

    private static string Relation(Target target, int relation) => AuthorizationMatrix.TargetCount(target) switch
    {
        3 => new[] { "own school", "other school", "other trust" }[relation],
        2 => new[] { "own trust", "other trust" }[relation],
        _ => "no target",
    };

    private async Task<HttpClient> ClientForAsync(string role) => role switch
    {
        AuthorizationMatrix.Anonymous => Portal.CreateClient(),
        TrustRole.PlatformAdministrator => await Portal.SignedInAsync(DemoSeeder.PlatformAdministratorEmail),
        _ => await Portal.SignedInAsAsync(role, Browsing.Ddat),
    };
}

public sealed class SqliteAuthorizationMatrixTests(SqlitePortal fixture) : AuthorizationMatrixTests<SqlitePortal>(fixture);

public sealed class PostgresAuthorizationMatrixTests(PostgresPortal fixture) : AuthorizationMatrixTests<PostgresPortal>(fixture);
