using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Schools;

public sealed record SchoolPerson(string DisplayName, string Email, AssignmentKind Kind);

public sealed record SchoolProfile(School School, IReadOnlyList<SchoolPerson> People);

/// <summary>A school's key facts and the people assigned to it. Access is checked by the controller first.</summary>
public sealed class SchoolProfileHandler(PortalDbContext db)
{
    public async Task<SchoolProfile?> HandleAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
        {
            return null;
        }

        var people = await db.SchoolAssignments
            .Where(a => a.SchoolId == schoolId)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.DisplayName, u.Email, a.Kind })
            .OrderBy(p => p.Kind).ThenBy(p => p.DisplayName)
            .Select(p => new SchoolPerson(p.DisplayName, p.Email ?? "", p.Kind))
            .ToListAsync(cancellationToken);
        return new SchoolProfile(school, people);
    }
}
