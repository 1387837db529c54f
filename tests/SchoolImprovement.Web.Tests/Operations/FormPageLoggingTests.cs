using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Audit;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// The portal logging as appsettings.json configures it (the file sink inside the async wrapper),
/// the file moved to a temporary path. In the Serilog collection: the static logger is shared.
/// </summary>
public sealed class AsyncFileLogPortalFactory : PortalFactory
{
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), "portal-tests-logs", Guid.NewGuid().ToString("N") + ".log");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog"] = null,
            ["Serilog:WriteTo"] = null,
            ["Serilog:WriteTo:0"] = null,
            ["Serilog:WriteTo:0:Args"] = null,
            ["Serilog:WriteTo:0:Args:configure"] = null,
            ["Serilog:WriteTo:0:Args:configure:1"] = null,
            ["Serilog:WriteTo:0:Args:configure:1:Args"] = null,
            ["Serilog:WriteTo:0:Args:configure:1:Name"] = "File",
            ["Serilog:WriteTo:0:Args:configure:1:Args:path"] = LogFile,
            ["Serilog:WriteTo:0:Args:configure:1:Args:rollingInterval"] = "Infinite",
        }));
    }

    /// <summary>The log's events, once the summary line of a request to <paramref name="path"/> has been written (the sink writes off the request thread).</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsThroughAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var events = Events();
            if (events.Any(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == path))
            {
                return events;
            }

            Assert.True(attempt < 100, $"No request line for {path} in the log after 10 s:\n{string.Join('\n', events)}");
            await Task.Delay(100);
        }
    }

    private List<JsonElement> Events()
    {
        if (!File.Exists(LogFile))
        {
            return [];
        }

        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return json.RootElement.Clone();
        })];
    }
}

/// <summary>
/// A signed-in page with a form (antiforgery token) is still never stored, and no longer logs
/// antiforgery's "overrode Cache-Control" warning on every request (issue 8: 51 MB of log under
/// load); each request writes its one summary line.
/// </summary>
[Collection(SecurityEventLogCollection.Name)]
public sealed class FormPageLoggingTests(AsyncFileLogPortalFactory factory) : IClassFixture<AsyncFileLogPortalFactory>
{
    [Fact]
    public async Task A_form_page_sends_no_store_and_logs_no_warning()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var response = await client.GetAsync("/policy/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.NoCache);
        Assert.Equal("no-cache", response.Headers.Pragma.Single().Name);

        var events = await factory.EventsThroughAsync("/policy/edit");
        // Warnings of that request (its properties carry its path), or from antiforgery at all; the demo seeder's start-up warning is neither.
        var warnings = events.Where(e => e.TryGetProperty("@l", out var level) && level.GetString() is "Warning" or "Error" or "Fatal"
            && ((e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/policy/edit")
                || (e.TryGetProperty("SourceContext", out var source) && source.GetString()!.Contains("Antiforgery", StringComparison.Ordinal)))).ToList();
        Assert.True(warnings.Count == 0, "Warnings logged:\n" + string.Join('\n', warnings));
        Assert.Single(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/policy/edit"
            && e.GetProperty("StatusCode").GetInt32() == 200);
    }
}
