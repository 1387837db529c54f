using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// A person who signs in. Belongs to one trust; platform administrators belong to none.
/// Identity looks users up by name before any trust is known, so this type is on the tenancy
/// allowlist and every query of users by trust filters on <see cref="TrustId"/> explicitly
/// (see docs/security.md). Never given to a view: pages carry records with the fields they show.
/// </summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public const string CannotDeactivateSelf = "You cannot deactivate your own account.";

    public Guid? TrustId { get; set; }
    public string DisplayName { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The person asked not to get the weekly digest of what is due and overdue for them (issue 11).</summary>
    public bool WeeklyDigestOptedOut { get; set; }

    /// <summary>The person asked not to get a reminder before each due date (issue 11).</summary>
    public bool DueRemindersOptedOut { get; set; }

    /// <summary>
    /// The RFC 6238 time step of the last authenticator code accepted from this person, so that no
    /// code is accepted twice (<see cref="AuthenticatorSteps"/>). Written only by a conditional bulk
    /// update, never by saving the entity (its after-save behaviour is Ignore), so that a stale copy
    /// of the row cannot put an older step back.
    /// </summary>
    public long? LastAuthenticatorStep { get; private set; }

    public PortalUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Stops the person signing in. Nobody deactivates their own account (a trust could lose its last administrator).</summary>
    /// <param name="by">The person deactivating the account.</param>
    public void Deactivate(Guid? by)
    {
        if (by == Id)
        {
            throw new DomainException(CannotDeactivateSelf);
        }

        IsActive = false;
    }

    public void Reactivate() => IsActive = true;
}
