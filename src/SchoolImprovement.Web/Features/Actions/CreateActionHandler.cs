using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The "add an action" page: the school, the form as typed, and the people who may own it.</summary>
public sealed record CreateActionPage(Guid SchoolId, string SchoolName, ActionFields Fields);

/// <summary>The improvement team adds an action to an open school's plan.</summary>
public sealed class CreateActionHandler(PortalDbContext db, ActionOwnerQueries owners, TimeProvider clock)
{
    public async Task<CreateActionPage?> PageAsync(Guid schoolId, ActionForm form, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        return school is null ? null : new CreateActionPage(schoolId, school, new ActionFields(form, await owners.PeopleAsync(ct)));
    }

    public async Task<CommandResult> HandleAsync(Guid schoolId, ActionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(async () =>
        {
            school.EnsureOpenFor("given actions");
            await owners.EnsureMayOwnAsync(form.OwnerUserId, ct);
            var action = ImprovementAction.Create(schoolId, form.Title, ActionSource.Other, null, form.OwnerRole, form.OwnerUserId, form.DueOn!.Value, clock.Today(), clock.GetUtcNow());
            db.Actions.Add(action);
            return action.Id;
        }, ct);
    }
}
