using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>Configuration that fails safe (issue 7, item 8): outside Development and Testing the portal refuses to serve with unsafe settings.</summary>
public sealed class ProductionConfigurationTests
{
    private static Dictionary<string, string?> Safe() => new()
    {
        ["Portal:PublicBaseUrl"] = "https://portal.test.example",
        ["AllowedHosts"] = "portal.test.example",
        ["Email:Mode"] = "Smtp",
        ["Email:SmtpHost"] = "smtp.test.example",
    };

    private static IReadOnlyList<string> Problems(Dictionary<string, string?> settings, string environment = "Production") =>
        ProductionConfiguration.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Environment(environment));

    [Fact]
    public void Production_with_every_setting_in_place_has_no_problem() => Assert.Empty(Problems(Safe()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("portal.test.example;*")]
    public void Production_refuses_allowed_hosts_that_are_missing_empty_or_a_wildcard(string? hosts)
    {
        var settings = Safe();
        settings["AllowedHosts"] = hosts;
        var problem = Assert.Single(Problems(settings));
        Assert.StartsWith("AllowedHosts must list the host names", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("PickupFolder")]
    [InlineData("pickup")]
    public void Production_refuses_any_mail_mode_but_smtp(string? mode)
    {
        var settings = Safe();
        settings["Email:Mode"] = mode;
        var problem = Assert.Single(Problems(settings));
        Assert.StartsWith("Email:Mode must be Smtp", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once_each_naming_its_setting()
    {
        var problems = Problems(new Dictionary<string, string?> { ["AllowedHosts"] = "*", ["Email:Mode"] = "PickupFolder" });
        Assert.Collection(
            problems,
            p => Assert.StartsWith("Portal:PublicBaseUrl must be set", p, StringComparison.Ordinal),
            p => Assert.StartsWith("AllowedHosts must list", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Email:Mode must be Smtp", p, StringComparison.Ordinal));
        var smtp = Safe();
        smtp.Remove("Email:SmtpHost");
        Assert.StartsWith("Email:SmtpHost must be set", Assert.Single(Problems(smtp)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Live")]
    public void Any_environment_but_development_and_testing_is_checked(string environment) =>
        Assert.Equal(3, Problems(new Dictionary<string, string?> { ["AllowedHosts"] = "*" }, environment).Count);

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void Development_and_testing_start_with_the_pickup_folder_and_any_host(string environment) =>
        Assert.Empty(Problems(new Dictionary<string, string?> { ["AllowedHosts"] = "*", ["Email:Mode"] = "PickupFolder" }, environment));

    [Fact]
    public async Task Production_refuses_to_start_with_the_pickup_folder_mail_mode()
    {
        using var database = TestDatabase.Sqlite();
        var settings = PortalProcess.ProductionSettings();
        settings["Email__Mode"] = "PickupFolder";

        using var portal = await PortalProcess.StartAsync(database, settings);

        AssertRefused(portal, "Email:Mode must be Smtp");
        Assert.DoesNotContain("AllowedHosts", portal.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_to_start_with_allowed_hosts_star()
    {
        using var database = TestDatabase.Sqlite();
        var settings = PortalProcess.ProductionSettings();
        settings["AllowedHosts"] = "*";

        using var portal = await PortalProcess.StartAsync(database, settings);

        AssertRefused(portal, "AllowedHosts must list the host names");
        Assert.DoesNotContain("Email:Mode", portal.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_allowed_hosts_as_appsettings_ships()
    {
        using var database = TestDatabase.Sqlite();
        var settings = PortalProcess.ProductionSettings();
        settings.Remove("AllowedHosts");

        using var portal = await PortalProcess.StartAsync(database, settings);

        AssertRefused(portal, "AllowedHosts must list the host names");
    }

    [Fact]
    public async Task Production_starts_with_smtp_mail_and_real_allowed_hosts_and_answers_only_those_hosts()
    {
        using var database = TestDatabase.Sqlite();

        using var portal = await PortalProcess.StartAsync(database, PortalProcess.ProductionSettings());

        Assert.True(portal.Address is not null, portal.Output);
        using var http = new HttpClient { BaseAddress = new Uri(portal.Address) };
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Host = "portal.test.example" } };
        using var healthy = await http.SendAsync(allowed);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Host = "evil.test.example" } };
        using var refused = await http.SendAsync(other);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    /// <summary>Exited non-zero before listening, with the message naming the setting.</summary>
    private static void AssertRefused(PortalProcess.Started portal, string problem)
    {
        Assert.True(portal.Address is null, "The portal started serving: " + portal.Output);
        Assert.Equal(1, portal.Process.ExitCode);
        Assert.Contains("will not start in the Production environment", portal.Output, StringComparison.Ordinal);
        Assert.Contains(problem, portal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", portal.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StartTls", null, false)]
    [InlineData("SslOnConnect", null, false)]
    [InlineData("None", null, true)]
    [InlineData("none", "false", true)]
    [InlineData("None", "true", false)]
    [InlineData("Tls", null, true)]
    public void Production_refuses_mail_without_tls_unless_explicitly_allowed(string security, string? allow, bool refused)
    {
        var settings = Safe();
        settings["Email:SmtpSecurity"] = security;
        settings["Email:AllowUnencryptedSmtp"] = allow;

        var problems = Problems(settings);

        Assert.Equal(refused, problems.Count == 1);
        Assert.All(problems, p => Assert.StartsWith("Email:SmtpSecurity", p, StringComparison.Ordinal));
        Assert.Empty(Problems(settings, "Development"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "SchoolImprovement.Web";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
