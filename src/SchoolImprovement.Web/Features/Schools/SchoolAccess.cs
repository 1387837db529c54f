using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Schools;

/// <summary>
/// Which schools a user may see. Trust-wide roles see every school of their trust (the tenancy
/// filter already limits the query to it); headteachers, local committee members and SLEs see
/// only the schools they are assigned to.
/// </summary>
public sealed class SchoolAccess(PortalDbContext db)
{
    public IQueryable<School> VisibleTo(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.SeesWholeTrust())
        {
            return db.Schools;
        }

        var userId = user.Id();
        return db.Schools.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == userId));
    }

    /// <summary>NotFound for a school that does not exist in the user's trust; Forbidden for one of the trust outside their assignments.</summary>
    public async Task<SchoolAccessOutcome> CheckAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken cancellationToken)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            return SchoolAccessOutcome.NotFound;
        }

        return await VisibleTo(user).AnyAsync(s => s.Id == schoolId, cancellationToken)
            ? SchoolAccessOutcome.Allowed
            : SchoolAccessOutcome.Forbidden;
    }

    /// <summary>
    /// The one answer every page about a school gives a user who may not see it: null when allowed;
    /// otherwise 404 for a school that is not in the user's trust (the same as a missing one) and
    /// 403 for a school of the trust outside their assignments.
    /// </summary>
    public async Task<IActionResult?> RefusalAsync(ControllerBase controller, Guid schoolId)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return await CheckAsync(controller.User, schoolId, controller.HttpContext.RequestAborted) switch
        {
            SchoolAccessOutcome.NotFound => controller.NotFound(),
            SchoolAccessOutcome.Forbidden => controller.Forbid(),
            _ => null,
        };
    }

    /// <summary>The user's school when they are assigned to exactly one (a headteacher's home page).</summary>
    public async Task<Guid?> OnlySchoolAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = await VisibleTo(user).Select(s => s.Id).Take(2).ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : null;
    }
}

public enum SchoolAccessOutcome
{
    Allowed,
    Forbidden,
    NotFound,
}
