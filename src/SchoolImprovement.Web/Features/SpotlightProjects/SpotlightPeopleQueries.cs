using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

/// <summary>
/// The people a Spotlight project names: officers (the improvement team, who lead Spotlight projects) and the trust's
/// local committee members, those on the school's own committee first. Users are not tenancy-filtered, so the trust
/// is named explicitly.
/// </summary>
public sealed class SpotlightPeopleQueries(PortalDbContext db)
{
    public async Task<IReadOnlyList<PersonOption>> OfficersAsync(CancellationToken ct) =>
        await InRoles(TrustRole.SpotlightLeads).OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(ct);

    public async Task<IReadOnlyList<PersonOption>> LocalCommitteeMembersAsync(Guid schoolId, CancellationToken ct) =>
        await InRoles([TrustRole.LocalCommitteeMember])
            .OrderByDescending(u => db.SchoolAssignments.Any(a => a.SchoolId == schoolId && a.UserId == u.Id)).ThenBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(ct);

    /// <summary>Refuses (as a <see cref="DomainException"/>) an officer outside the improvement team or a member who is not a local committee member of the trust.</summary>
    public async Task EnsureMayBeNamedAsync(Guid? officer, Guid? member, CancellationToken ct)
    {
        if (officer is { } officerId && !await InRoles(TrustRole.SpotlightLeads).AnyAsync(u => u.Id == officerId, ct))
        {
            throw new DomainException("Choose the allocated officer from the trust's improvement team.");
        }

        if (member is { } memberId && !await InRoles([TrustRole.LocalCommitteeMember]).AnyAsync(u => u.Id == memberId, ct))
        {
            throw new DomainException("Choose a local committee member of the trust, or give the member's name.");
        }
    }

    private IQueryable<Infrastructure.Identity.PortalUser> InRoles(IReadOnlyList<string> roles)
    {
        var trustId = db.CurrentTrustId;
        return db.Users.Where(u => u.TrustId == trustId && u.TrustId != null && u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
    }
}
