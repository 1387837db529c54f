using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// The parts of the current trust's policy profile that decide access: which capabilities it uses
/// (<see cref="RequiresCapabilityAttribute"/>, the menus) and which roles recommend and decide a school
/// causing concern (<see cref="Security.ProfileRoleRequirement"/>). One query per request, read on first use.
/// </summary>
public sealed class TrustPolicyReader(PortalDbContext db)
{
    /// <summary>The SQL comment on the read, so that query-count tests can tell it from a page's own commands.</summary>
    public const string QueryTag = "Per-request read: trust policy settings";

    private TrustPolicySettings? _settings;

    public async Task<TrustPolicySettings> CurrentAsync(CancellationToken ct)
    {
        if (_settings is not null)
        {
            return _settings;
        }

        // The tenancy filter limits the query to the signed-in person's trust; none (platform administrators) means nothing is used.
        var profile = await db.PolicyProfiles.AsNoTracking().TagWith(QueryTag).Select(p => new { p.Concern, p.Capabilities }).SingleOrDefaultAsync(ct);
        _settings = profile is null ? TrustPolicySettings.None : new TrustPolicySettings(profile.Capabilities, profile.Concern);
        return _settings;
    }
}

/// <summary>What <see cref="TrustPolicyReader"/> reads: the capabilities in use and the concern workflow's roles.</summary>
public sealed record TrustPolicySettings(IReadOnlyList<PolicyCapability> Capabilities, ConcernWorkflow? Concern)
{
    public static readonly TrustPolicySettings None = new([], null);

    public bool Uses(PolicyCapability capability) => Capabilities.Contains(capability);
}
