using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// Sets the request's client address from the test-only header <see cref="Header"/>, before the
/// portal's pipeline runs, as Kestrel would from the TCP connection. Registered only by the test
/// factories below, so the portal itself never trusts such a header.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && IPAddress.TryParse(address, out var parsed))
            {
                context.Connection.RemoteIpAddress = parsed;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    public static void AddTo(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
}

/// <summary>The portal with small throttling limits and a long window, so nothing is replenished while a test runs.</summary>
public sealed class ThrottlingPortalFactory : PortalFactory
{
    public const int PerAddress = 4;
    public const int PerAccount = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Throttling:PerAddress:PermitLimit", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Throttling:PerAddress:WindowSeconds", "3600");
        builder.UseSetting("Throttling:PerAccount:PermitLimit", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Throttling:PerAccount:WindowSeconds", "3600");
        TestClientAddress.AddTo(builder);
    }
}

/// <summary>The portal with lockout after three failures (15 minutes, then 30…), throttling out of the way.</summary>
public sealed class LockoutPortalFactory : PortalFactory
{
    public const int Failures = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Lockout:FailuresBeforeLockout", Failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Lockout:FirstLockoutMinutes", "15");
        builder.UseSetting("Lockout:LongestLockoutHours", "24");
        TestClientAddress.AddTo(builder);
    }
}

public static class ClientAddresses
{
    /// <summary>A client whose requests come from <paramref name="address"/> (needs one of the factories above).</summary>
    public static HttpClient CreateClientFrom(this PortalFactory factory, string address)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }
}
