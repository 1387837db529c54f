using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Policy;

/// <summary>Switches a capability of a trust's policy on or off straight in the database, as its administrator may on the policy page.</summary>
public static class PolicyCapabilityTestData
{
    /// <summary>
    /// Switches <paramref name="capability"/> on (or off) in the profile of the trust named <paramref name="trust"/>: for tests of a
    /// feature the demo trust's template leaves off (the DDAT policy has no website checks). The capability must need no numbers,
    /// or the profile must already hold them.
    /// </summary>
    public static async Task UseCapabilityAsync(this PortalFactory factory, string trust, PolicyCapability capability, bool on = true)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            var content = profile.Content;
            profile.Revise(content with
            {
                Capabilities = on ? [.. content.Capabilities.Append(capability).Distinct()] : [.. content.Capabilities.Where(c => c != capability)],
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>The capabilities the trust's stored profile uses.</summary>
    public static async Task<IReadOnlyList<PolicyCapability>> CapabilitiesAsync(this PortalFactory factory, string trust)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db => (await db.PolicyProfiles.AsNoTracking().SingleAsync()).Capabilities);
    }
}
