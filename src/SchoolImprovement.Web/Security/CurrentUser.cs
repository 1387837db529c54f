using System.Security.Claims;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Security;

/// <summary>Facts about the signed-in user, read from the sign-in cookie's claims.</summary>
public static class CurrentUser
{
    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>True for roles that see every school of their trust (<see cref="TrustRole.TrustWide"/>).</summary>
    public static bool SeesWholeTrust(this ClaimsPrincipal user) =>
        TrustRole.TrustWide.Any(role => user?.IsInRole(role) == true);
}
