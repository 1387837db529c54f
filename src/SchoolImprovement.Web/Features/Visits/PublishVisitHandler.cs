using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>The publish button of a draft's page: the version the officer saw.</summary>
public sealed class PublishVisitForm : IVersionedForm
{
    public Guid Version { get; set; }
}

/// <summary>
/// Publishes a draft visit note to the school: its agreed actions go into the action tracker (sourced to the visit) and,
/// in a trust that uses day allocations, its days are logged on the officer's allocation for the school and academic
/// year, all in the one save. A refusal (no allocation, past the allowance, an action due in the past) publishes nothing.
/// Only the draft's officer and the Director of Learning publish it.
/// </summary>
public sealed class PublishVisitHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http, VisitDaysHandler days)
{
    public async Task<CommandResult> HandleAsync(Guid visitId, PublishVisitForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var visit = await db.ImprovementVisits.SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null)
        {
            return CommandResult.Missing;
        }

        if (!MayWrite(http.HttpContext!.User, visit))
        {
            return CommandResult.NotAllowed;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == visit.SchoolId, ct);
        return await db.SaveCommandAsync(async () =>
        {
            db.ExpectVersion(visit, form.Version);
            school.EnsureOpenFor("given visits");
            await PublishAsync(visit, ct);
            return visit.Id;
        }, ct);
    }

    /// <summary>The publishing step shared with saving a note and publishing it at once: actions added, days logged; the caller saves.</summary>
    public async Task PublishAsync(ImprovementVisit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var now = clock.GetUtcNow();
        var actions = visit.Publish(clock.Today(), now);
        foreach (var action in actions)
        {
            if (action.OwnerUserId is { } owner && !await OwnerIsOfTrustAsync(owner, ct))
            {
                throw new DomainException(Actions.ActionOwnerQueries.NotAPersonOfTheTrust);
            }

            db.Actions.Add(action);
        }

        await days.LogAsync(visit, now, ct);
    }

    /// <summary>A draft is written by its officer and by the Director of Learning.</summary>
    public static bool MayWrite(System.Security.Claims.ClaimsPrincipal user, ImprovementVisit visit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(visit);
        return visit.OfficerUserId == user.Id() || user.IsInRole(TrustRole.DirectorOfLearning);
    }

    private Task<bool> OwnerIsOfTrustAsync(Guid owner, CancellationToken ct)
    {
        var trustId = db.CurrentTrustId;
        return db.Users.AnyAsync(u => u.Id == owner && u.TrustId == trustId && u.TrustId != null && u.IsActive, ct);
    }
}
