using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Hosting;
using SchoolImprovement.Web.Security;
using SchoolImprovement.Web.Security.Events;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Operations;

/// <summary>
/// X-Forwarded-For is believed only from the configured proxy (ADR 0017): from it, lockout, sessions
/// and security events record the client's address; from anywhere else the header is ignored and the
/// connection's own address is recorded, so a client cannot choose the address it is counted under.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedPortalFactory factory) : IClassFixture<ForwardedHeadersTests.ProxiedPortalFactory>
{
    private const string Proxy = "10.20.0.5";

    /// <summary>The portal behind one proxy at <see cref="Proxy"/>; the tests choose each request's connection address.</summary>
    public sealed class ProxiedPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PortalForwardedHeaders.KnownProxiesSetting, Proxy);
            TestClientAddress.AddTo(builder);
        }
    }

    private async Task<HttpResponseMessage> SignInAsync(string from, string forwardedFor, string email, string password)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password });
    }

    private Task<List<string>> LockoutAddressesAsync(string email) =>
        factory.WithoutTrustAsync(db => db.SignInSources.Where(s => s.AccountKey == SignInKeys.Account(email)).Select(s => s.ClientAddress).ToListAsync());

    [Fact]
    public async Task From_the_configured_proxy_the_clients_address_is_counted_and_recorded()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.Trustee, Browsing.Ddat);
        using var failed = await SignInAsync(Proxy, "203.0.113.7", email, "not the right password at all");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(["203.0.113.7"], await LockoutAddressesAsync(email));

        using var signedIn = await SignInAsync(Proxy, "198.51.100.20, 203.0.113.8", DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat), DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var ceo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat));
        // One proxy: only the entry it appended is believed, not what the client wrote before it.
        Assert.Contains("203.0.113.8", await factory.WithoutTrustAsync(db => db.UserSessions.Where(s => s.UserId == ceo).Select(s => s.ClientAddress).ToListAsync()));
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var events = await factory.InTrustAsync(ddat, db => db.SecurityEvents
            .Where(e => e.UserId == ceo && e.Kind == nameof(SecurityEventKind.PasswordSignIn)).Select(e => e.ClientAddress).ToListAsync());
        Assert.Contains("203.0.113.8", events);
        Assert.DoesNotContain(Proxy, events);
    }

    [Fact]
    public async Task From_any_other_address_the_header_is_ignored_and_the_connections_address_is_recorded()
    {
        var email = DemoSeeder.DemoEmail(TrustRole.LocalCommitteeMember, Browsing.Ddat);
        using var failed = await SignInAsync("192.0.2.44", "203.0.113.9", email, "not the right password either");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(["192.0.2.44"], await LockoutAddressesAsync(email));
    }

    [Fact]
    public void The_frameworks_trust_everyone_switch_without_a_named_proxy_stops_the_start()
    {
        var trust = PortalForwardedHeaders.Read(Settings(new() { [PortalForwardedHeaders.FrameworkSwitch] = "true" }));
        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED is true", Assert.Single(trust.Problems), StringComparison.Ordinal);

        var named = PortalForwardedHeaders.Read(Settings(new() { [PortalForwardedHeaders.FrameworkSwitch] = "true", [PortalForwardedHeaders.KnownNetworksSetting] = "172.30.0.0/24" }));
        Assert.Empty(named.Problems);
        Assert.True(named.Enabled);
    }

    [Fact]
    public void Proxies_and_networks_are_read_as_a_list_or_one_value_and_a_wrong_entry_is_named()
    {
        var trust = PortalForwardedHeaders.Read(Settings(new()
        {
            [PortalForwardedHeaders.KnownProxiesSetting] = "127.0.0.2; 10.0.0.5",
            [PortalForwardedHeaders.KnownNetworksSetting + ":0"] = "172.30.0.0/24",
            [PortalForwardedHeaders.KnownNetworksSetting + ":1"] = "fd00::/64",
        }));
        Assert.Equal(["127.0.0.2", "10.0.0.5"], trust.Proxies.Select(p => p.ToString()));
        Assert.Equal(["172.30.0.0/24", "fd00::/64"], trust.Networks.Select(n => n.ToString()));
        Assert.Equal(1, trust.ForwardLimit);
        Assert.Empty(trust.Problems);

        var wrong = PortalForwardedHeaders.Read(Settings(new() { [PortalForwardedHeaders.KnownProxiesSetting] = "nginx" }));
        Assert.Contains("\"nginx\" is not an IP address", Assert.Single(wrong.Problems), StringComparison.Ordinal);
        Assert.False(PortalForwardedHeaders.Read(Settings([])).Enabled);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
