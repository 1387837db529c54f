using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

public sealed record ActionPage(ImprovementAction Action, School School, string? OwnerName, bool Overdue, IReadOnlyList<(Guid Id, string Name)> People, bool IsHeadteacherOfSchool);

/// <summary>Changing actions: add, edit, move through their statuses, and record the headteacher's evidence of impact.</summary>
public sealed class ActionCommandsHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<ActionPage?> PageAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var action = await db.Actions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == action.SchoolId, ct);
        var people = await PeopleAsync(ct);
        var userId = user.Id();
        var isHead = await db.SchoolAssignments.AnyAsync(a => a.SchoolId == school.Id && a.UserId == userId && a.Kind == AssignmentKind.HeadteacherOf, ct);
        return new ActionPage(action, school, people.FirstOrDefault(p => p.Id == action.OwnerUserId).Name, action.IsOverdue(clock.Today()), people, isHead);
    }

    /// <summary>Active people of the trust, to own actions. Users are not tenancy-filtered, so the trust is named explicitly.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> PeopleAsync(CancellationToken ct)
    {
        var trustId = db.CurrentTrustId;
        var people = await db.Users.Where(u => u.TrustId == trustId && u.TrustId != null && u.IsActive)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return [.. people.Select(p => (p.Id, p.DisplayName))];
    }

    public async Task<CommandResult> CreateAsync(Guid schoolId, ActionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.NotFound;
        }

        if (!school.IsOpen)
        {
            return CommandResult.Refused("This school is closed; reopen it before adding actions.");
        }

        if (await OwnerProblemAsync(form.OwnerUserId, ct) is { } problem)
        {
            return CommandResult.Refused(problem);
        }

        return await SaveAsync(() =>
        {
            var action = ImprovementAction.Create(schoolId, form.Title, ActionSource.Other, null, form.OwnerRole, form.OwnerUserId, form.DueOn!.Value, clock.Today(), clock.GetUtcNow());
            db.Actions.Add(action);
            return action.Id;
        }, ct);
    }

    public async Task<CommandResult> EditAsync(Guid id, ActionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await OwnerProblemAsync(form.OwnerUserId, ct) is { } problem
            ? CommandResult.Refused(problem)
            : await ChangeAsync(id, form.Version, action => action.Revise(form.Title, form.OwnerRole, form.OwnerUserId, form.DueOn!.Value), ct);
    }

    /// <summary>A named owner must be an active person of this trust (users are not tenancy-filtered, so this is checked here).</summary>
    private async Task<string?> OwnerProblemAsync(Guid? owner, CancellationToken ct) =>
        owner is { } id && !(await PeopleAsync(ct)).Any(p => p.Id == id) ? "Choose an owner from the trust's people." : null;

    public Task<CommandResult> ChangeStatusAsync(Guid id, StatusForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ChangeAsync(id, form.Version, action =>
        {
            switch (form.Change)
            {
                case StatusChange.Start: action.Start(); break;
                case StatusChange.Complete: action.Complete(); break;
                case StatusChange.Drop: action.Drop(form.Reason ?? ""); break;
                case StatusChange.Reopen: action.Reopen(); break;
                default: throw new DomainException("Choose what to do with the action.");
            }
        }, ct);
    }

    /// <summary>The school's headteacher writes the evidence of impact (so can the central team).</summary>
    public async Task<CommandResult> RecordImpactAsync(ClaimsPrincipal user, Guid id, ImpactForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var schoolId = await db.Actions.Where(a => a.Id == id).Select(a => (Guid?)a.SchoolId).SingleOrDefaultAsync(ct);
        if (schoolId is null)
        {
            return CommandResult.NotFound;
        }

        var userId = user.Id();
        var central = user.IsInRole(TrustRole.Ceo) || user.IsInRole(TrustRole.DirectorOfLearning) || user.IsInRole(TrustRole.SchoolImprovementOfficer);
        if (!central && !await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId && a.Kind == AssignmentKind.HeadteacherOf, ct))
        {
            return CommandResult.Forbidden;
        }

        return await ChangeAsync(id, form.Version, action => action.RecordImpact(form.Evidence), ct);
    }

    private async Task<CommandResult> ChangeAsync(Guid id, Guid version, Action<ImprovementAction> change, CancellationToken ct)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return CommandResult.NotFound;
        }

        db.Entry(action).Property(a => a.Version).OriginalValue = version;
        return await SaveAsync(() =>
        {
            change(action);
            return action.Id;
        }, ct);
    }

    private async Task<CommandResult> SaveAsync(Func<Guid> change, CancellationToken ct)
    {
        try
        {
            var id = change();
            await db.SaveChangesAsync(ct);
            return new CommandResult(CommandOutcome.Done, Id: id);
        }
        catch (DomainException e)
        {
            return CommandResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused("Someone else changed this action while you were working on it. The page shows their version above; your changes are still in the form below. Save again to replace theirs.");
        }
    }
}
