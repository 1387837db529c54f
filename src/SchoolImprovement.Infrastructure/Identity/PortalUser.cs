using Microsoft.AspNetCore.Identity;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// A person who signs in. Belongs to one trust; platform administrators belong to none.
/// Identity looks users up by name before any trust is known, so this type is on the tenancy
/// allowlist and every query of users by trust filters on <see cref="TrustId"/> explicitly
/// (see docs/security.md).
/// </summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public Guid? TrustId { get; set; }
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public PortalUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }
}
