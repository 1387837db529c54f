using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>
/// The people an allocation names: its improvement lead (an officer, or the Director of Learning) and its SLEs. Users are
/// not tenancy-filtered, so the trust is named explicitly.
/// </summary>
public sealed class AllocationPeopleQueries(PortalDbContext db)
{
    /// <summary>Who may lead a school's days: the officers and the Director of Learning (Vine §4).</summary>
    public static readonly IReadOnlyList<string> OfficerRoles = [TrustRole.SchoolImprovementOfficer, TrustRole.DirectorOfLearning];

    public async Task<IReadOnlyList<PersonOption>> OfficersAsync(CancellationToken ct) => await OptionsAsync(OfficerRoles, ct);

    public async Task<IReadOnlyList<PersonOption>> SlesAsync(CancellationToken ct) => await OptionsAsync([TrustRole.SpecialistLeader], ct);

    /// <summary>The school's linked officer, proposed as its improvement lead.</summary>
    public async Task<Guid?> LinkedOfficerAsync(Guid schoolId, CancellationToken ct) =>
        await db.SchoolAssignments.Where(a => a.SchoolId == schoolId && a.Kind == AssignmentKind.LinkedOfficerFor).Select(a => (Guid?)a.UserId).FirstOrDefaultAsync(ct);

    /// <summary>Refuses (as a <see cref="DomainException"/>) an improvement lead who is not an active officer or Director of Learning of the trust.</summary>
    public async Task EnsureOfficerAsync(Guid? officer, CancellationToken ct)
    {
        if (officer is { } id && !await InRoles(OfficerRoles).AnyAsync(u => u.Id == id, ct))
        {
            throw new DomainException("Choose the improvement lead from the trust's officers.");
        }
    }

    /// <summary>Refuses (as a <see cref="DomainException"/>) someone who is not an active SLE of the trust.</summary>
    public async Task EnsureSleAsync(Guid? sle, CancellationToken ct)
    {
        if (sle is { } id && !await InRoles([TrustRole.SpecialistLeader]).AnyAsync(u => u.Id == id, ct))
        {
            throw new DomainException("Choose an SLE of the trust.");
        }
    }

    private async Task<IReadOnlyList<PersonOption>> OptionsAsync(IReadOnlyList<string> roles, CancellationToken ct) =>
        await InRoles(roles).OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(ct);

    private IQueryable<PortalUser> InRoles(IReadOnlyList<string> roles)
    {
        var trustId = db.CurrentTrustId;
        return db.Users.Where(u => u.TrustId == trustId && u.TrustId != null && u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
    }
}
