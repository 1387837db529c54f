using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>Removes one of a person's school assignments.</summary>
public sealed class UnassignSchoolHandler(PortalDbContext db)
{
    public async Task<CommandResult> HandleAsync(Guid userId, Guid assignmentId, CancellationToken ct)
    {
        if (await db.SchoolAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.UserId == userId, ct) is not { } assignment)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(() =>
        {
            db.SchoolAssignments.Remove(assignment);
            return assignment.Id;
        }, ct);
    }
}
