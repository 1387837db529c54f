using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Features.Diagnostics;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Diagnostics;

/// <summary>The portal with the load harness's reference page switched on, as bench/run.sh starts it.</summary>
public sealed class ReferencePagePortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(ReferencePageConvention.Setting, "true");
    }
}

/// <summary>The default portal: no reference page.</summary>
public sealed class ReferencePageAbsentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_reference_page_is_not_routed_by_default()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var response = await client.GetAsync("/diagnostics/reference");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Reference page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "true", false)]
    [InlineData("Staging", "true", true)]
    [InlineData("Development", "true", true)]
    [InlineData("Development", null, false)]
    [InlineData("Development", "false", false)]
    public void The_setting_switches_it_on_except_in_production(string environment, string? setting, bool enabled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ReferencePageConvention.Setting] = setting }).Build();
        Assert.Equal(enabled, ReferencePageConvention.Enabled(configuration, new Environment(environment)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "portal";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>
/// With <c>Diagnostics:ReferencePage=true</c>: a signed-in page of ten rows that sends exactly one
/// SQL command of its own (besides the per-request session check, which every signed-in page pays).
/// </summary>
public sealed class ReferencePageTests(ReferencePagePortalFactory factory) : IClassFixture<ReferencePagePortalFactory>
{
    [Fact]
    public async Task The_reference_page_shows_ten_schools_with_one_query()
    {
        using var client = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        factory.Commands.Reset();
        using var response = await client.GetAsync("/diagnostics/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();

        var commands = factory.Commands.Texts;
        var own = PageCommands.OwnOf(commands);
        Assert.True(own.Count == 1, $"The reference page sent {own.Count} commands besides the session check:\n{string.Join("\n---\n", own)}");
        Assert.Contains("\"Schools\"", own[0], StringComparison.Ordinal);
        Assert.InRange(commands.Count, 1, 3);

        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(ReferencePageHandler.Rows, rows.Count);
        Assert.StartsWith("190001", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("190010", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_page_asks_for_sign_in()
    {
        using var response = await factory.CreateClient().GetAsync("/diagnostics/reference");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
