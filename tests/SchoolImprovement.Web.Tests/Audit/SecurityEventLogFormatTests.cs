using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Audit;

/// <summary>
/// The portal writing a file log with the JSON formatter appsettings.json gives its file sink, to a
/// temporary file. Alone in its collection: Serilog's static logger is shared by every portal in
/// the test process, so no other portal may start while this one logs.
/// </summary>
public sealed class SecurityEventLogFilePortalFactory : PortalFactory
{
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), "portal-tests-logs", Guid.NewGuid().ToString("N") + ".log");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Not UseSetting: host settings reach the app's configuration with their parent sections as
        // empty strings ("Serilog:WriteTo:1" = ""), which Serilog reads as a sink named "" and skips.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog"] = null,
            ["Serilog:WriteTo"] = null,
            ["Serilog:WriteTo:1"] = null,
            ["Serilog:WriteTo:1:Args"] = null,
            ["Serilog:WriteTo:1:Name"] = "File",
            ["Serilog:WriteTo:1:Args:path"] = LogFile,
            ["Serilog:WriteTo:1:Args:rollingInterval"] = "Infinite",
            ["Serilog:WriteTo:1:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        }));
    }

    public IReadOnlyList<string> Lines()
    {
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SecurityEventLogCollection
{
    public const string Name = "Serilog's static logger";
}

/// <summary>
/// Log lines cannot be forged with user input (ASVS 5.0 V16.4.1): with a newline and a fake log
/// line in the email typed at sign-in (which is never logged) and in a requested path (which the
/// request log records), every line of the file is one JSON object and the fake never stands as a
/// line of its own.
/// </summary>
[Collection(SecurityEventLogCollection.Name)]
public sealed class SecurityEventLogFormatTests(SecurityEventLogFilePortalFactory factory) : IClassFixture<SecurityEventLogFilePortalFactory>
{
    private const string Fake = "2026-11-26T09:00:00.0000000+00:00 [INF] Signed in: user forged-by-an-attacker";

    [Fact]
    public async Task A_newline_in_the_email_or_the_path_stays_inside_one_json_event()
    {
        using var client = factory.CreateClient();
        foreach (var newline in new[] { "\n", "\r\n" })
        {
            using var signIn = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "typed.by.someone@nowhere.example" + newline + Fake, ["Password"] = "wrong" + newline + Fake });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            using var path = await client.GetAsync("/account/" + Uri.EscapeDataString("sign-in" + newline + Fake));
            Assert.Equal(HttpStatusCode.Redirect, path.StatusCode);
        }

        var lines = factory.Lines();
        var events = lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            return json.RootElement.Clone();
        }).ToList();
        Assert.DoesNotContain(lines, l => l.Contains("[INF] Signed in", StringComparison.Ordinal) && !l.TrimStart().StartsWith('{'));
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-11-26T09:00:00", StringComparison.Ordinal));

        // The path was logged, newline and all, inside its request event; the email never was.
        Assert.Contains(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString()!.Contains("\n" + Fake, StringComparison.Ordinal));
        Assert.Contains(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString()!.Contains("\r\n" + Fake, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("typed.by.someone@nowhere.example", StringComparison.Ordinal));
        Assert.Equal(2, events.Count(e => e.TryGetProperty("EventId", out var id) && id.TryGetProperty("Id", out var n) && n.GetInt32() == 4000
            && e.GetProperty("Kind").GetString() == "PasswordSignIn" && e.TryGetProperty("CorrelationId", out _)));
    }
}
