using System.Security.Claims;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Home;

/// <summary>Where each person starts: the page their permissions make most useful.</summary>
public sealed class HomePageHandler(SchoolAccess access)
{
    public async Task<string> HandleAsync(ClaimsPrincipal user, Permissions can, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(can);
        if (can.PlatformAdministration)
        {
            return "/platform/trusts";
        }

        if (can.ManageTrust)
        {
            return "/users";
        }

        // A headteacher of one school starts on that school's profile.
        if (user.IsInRole(TrustRole.Headteacher) && await access.OnlySchoolAsync(user, ct) is { } school)
        {
            return $"/schools/{school}";
        }

        // A trustee starts on the committee's packs, with what needs their decision at the next meeting (issue 12).
        if (user.IsInRole(TrustRole.Trustee) && can.ReadCommitteePacks && can.Uses(PolicyCapability.CommitteePacks))
        {
            return "/committee";
        }

        return can.TrustOverview ? "/dashboard" : "/schools";
    }
}
