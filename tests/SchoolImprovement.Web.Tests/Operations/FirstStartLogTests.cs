using System.Text.Json;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// A normal first start, as an operator makes it (the real process, production settings, an empty database),
/// writes no log event at Error or above. On PostgreSQL EF used to log its first read of the missing migration
/// history as a failed command (PortalMigrations explains why and what prevents it).
/// </summary>
public sealed class FirstStartLogTests
{
    public static TheoryData<string> Providers => [DatabaseProviders.Sqlite, DatabaseProviders.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_first_start_on_an_empty_database_logs_nothing_at_error_level(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var portal = await PortalProcess.StartAsync(database, PortalProcess.ProductionSettings());
        Assert.True(portal.Address is not null, portal.Output);
        using (var client = new HttpClient { BaseAddress = new Uri(portal.Address) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Host = "portal.test.example" } };
            using var health = await client.SendAsync(request);
            Assert.True(health.IsSuccessStatusCode, portal.Output);
        }

        var events = LogEvents(portal.Output);
        Assert.Contains(events, e => e.Message.Contains("Now listening on", StringComparison.Ordinal) || e.Template.Contains("Now listening on", StringComparison.Ordinal));
        Assert.Empty(events.Where(e => e.Level is "Error" or "Fatal").Select(e => $"{e.Level}: {e.Template}"));
    }

    private sealed record LogEvent(string Level, string Template, string Message);

    /// <summary>The console's compact JSON events (level "@l", absent for Information; template "@mt").</summary>
    private static List<LogEvent> LogEvents(string output)
    {
        var events = new List<LogEvent>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string Text(string name) => root.TryGetProperty(name, out var value) ? value.ToString() : "";
            events.Add(new LogEvent(root.TryGetProperty("@l", out var level) ? level.GetString()! : "Information", Text("@mt"), Text("@m")));
        }

        return events;
    }
}
