namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// Absolute links for emails (password reset, new account). Built from the configured
/// <c>Portal:PublicBaseUrl</c>, never from the request's Host header, which a client controls:
/// a reset link pointed at another host would hand the reset token to it. Development and tests
/// may fall back to the request.
/// </summary>
public sealed class PortalLinks(IConfiguration configuration, IWebHostEnvironment environment)
{
    public const string Setting = "Portal:PublicBaseUrl";

    /// <summary>Where the running version's source is published (AGPL-3.0 section 13; ADR 0002). The footer links to it.</summary>
    public const string SourceCodeSetting = "Portal:SourceCodeUrl";

    public string? SourceCodeUrl => configuration[SourceCodeSetting] is { Length: > 0 } url ? url : null;

    public string Absolute(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        return MayUseRequestHost(environment)
            ? $"{request.Scheme}://{request.Host}{pathAndQuery}"
            : throw new InvalidOperationException($"{Setting} must be set to the portal's public address (e.g. https://portal.trust.org.uk).");
    }

    public static bool MayUseRequestHost(IHostEnvironment environment) =>
        environment?.IsDevelopment() == true || environment?.IsEnvironment("Testing") == true;
}
