using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// The client's address and scheme from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, trusted
/// only from the proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), each a list or one value with ';' between
/// entries. Throttling, lockout, sessions and the security events then see the client, not the
/// proxy; a request from anywhere else keeps its own connection's address whatever headers it
/// sends. <c>ForwardedHeaders:ForwardLimit</c> (1 by default: the entry the one proxy added) is how
/// many entries are taken from the right. ASP.NET Core's own switch
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) trusts any sender, so with it set and no proxy named
/// the portal refuses to start (ADR 0017, docs/operations.md "Running several instances").
/// </summary>
public static class PortalForwardedHeaders
{
    public const string Section = "ForwardedHeaders";
    public const string KnownProxiesSetting = Section + ":KnownProxies";
    public const string KnownNetworksSetting = Section + ":KnownNetworks";
    public const string ForwardLimitSetting = Section + ":ForwardLimit";

    /// <summary>The configuration key behind <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>.</summary>
    public const string FrameworkSwitch = "ForwardedHeaders_Enabled";

    /// <summary>The proxies trusted, read once at start; <see cref="Problems"/> stop the start.</summary>
    public sealed record ProxyTrust(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks, int ForwardLimit, IReadOnlyList<string> Problems)
    {
        public bool Enabled => Proxies.Count + Networks.Count > 0;
    }

    public static ProxyTrust Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var proxies = new List<IPAddress>();
        foreach (var entry in Entries(configuration, KnownProxiesSetting))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                problems.Add($"{KnownProxiesSetting}: \"{entry}\" is not an IP address (name each proxy by its address, e.g. 10.0.0.5).");
            }
        }

        var networks = new List<IPNetwork>();
        foreach (var entry in Entries(configuration, KnownNetworksSetting))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                problems.Add($"{KnownNetworksSetting}: \"{entry}\" is not a CIDR range (e.g. 10.0.0.0/24).");
            }
        }

        var limit = 1;
        if (configuration[ForwardLimitSetting] is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            problems.Add($"{ForwardLimitSetting} must be a whole number of at least 1 (the proxies in front of the portal), not \"{text}\".");
            limit = 1;
        }

        if (string.Equals(configuration[FrameworkSwitch], "true", StringComparison.OrdinalIgnoreCase) && proxies.Count + networks.Count == 0)
        {
            problems.Add($"ASPNETCORE_FORWARDEDHEADERS_ENABLED is true but neither {KnownProxiesSetting} nor {KnownNetworksSetting} is set: "
                + "X-Forwarded-For would be taken from any sender, so anyone could choose the address that throttling, lockout and the audit trail record. "
                + "Name the proxy's address instead (and leave ASPNETCORE_FORWARDEDHEADERS_ENABLED unset).");
        }

        return new ProxyTrust(proxies, networks, limit, problems);
    }

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services)
    {
        services.AddSingleton(provider => Read(provider.GetRequiredService<IConfiguration>()));
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<ProxyTrust>((options, trust) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                trust.Proxies.ToList().ForEach(options.KnownProxies.Add);
                trust.Networks.ToList().ForEach(options.KnownIPNetworks.Add);
                options.ForwardLimit = trust.ForwardLimit;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ForwardedHeadersOptions>, Validation>();
        return services;
    }

    /// <summary>First in the pipeline, so that everything after sees the client's address and scheme; nothing when no proxy is named.</summary>
    public static IApplicationBuilder UsePortalForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<ProxyTrust>().Enabled ? app.UseForwardedHeaders() : app;
    }

    /// <summary>A list in configuration (array entries) or one value with ';' or ',' between entries.</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.SelectMany(v => (v ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed class Validation(ProxyTrust trust) : IValidateOptions<ForwardedHeadersOptions>
    {
        public ValidateOptionsResult Validate(string? name, ForwardedHeadersOptions options) =>
            trust.Problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(trust.Problems);
    }
}
