using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>Ties a person to a school; the assignment must fit their roles (<see cref="SchoolAssignment.Create"/>).</summary>
public sealed class AssignSchoolHandler(PortalDbContext db, UserManager<PortalUser> users, TrustContext trust)
{
    public const string AlreadyAssigned = "This person already has that assignment.";

    public async Task<CommandResult> HandleAsync(Guid userId, AssignmentForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.TrustUserAsync(trust, userId, ct) is not { } user || !await db.Schools.AnyAsync(s => s.Id == form.SchoolId, ct))
        {
            return CommandResult.Missing;
        }

        if (await db.SchoolAssignments.AnyAsync(a => a.UserId == userId && a.SchoolId == form.SchoolId && a.Kind == form.Kind, ct))
        {
            return CommandResult.Refuse(AlreadyAssigned);
        }

        var roles = await users.GetRolesAsync(user);
        return await db.SaveCommandAsync(() =>
        {
            var assignment = SchoolAssignment.Create(userId, [.. roles], form.SchoolId, form.Kind);
            db.SchoolAssignments.Add(assignment);
            return assignment.Id;
        }, ct);
    }
}
