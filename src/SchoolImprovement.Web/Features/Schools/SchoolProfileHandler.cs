using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Features.Categorisation;
using SchoolImprovement.Web.Features.Inspections;
using SchoolImprovement.Web.Features.ReturnsOverview;

namespace SchoolImprovement.Web.Features.Schools;

/// <summary>A school's key facts, as the profile shows them.</summary>
public sealed record SchoolFacts(
    Guid Id, int Urn, string Name, string Phase, string EstablishmentType, string LocalAuthority,
    string? ChurchDesignation, string? Diocese, int? Pupils, DateOnly DateJoined, DateOnly? ClosedOn)
{
    public bool IsOpen => ClosedOn is null;
}

public sealed record SchoolPerson(string DisplayName, string Email, AssignmentKind Kind);

/// <summary>
/// The school profile: the school's facts, people and timeline (this feature's) and one section
/// per other feature, each a partial with its own one-query read model.
/// </summary>
/// <param name="CanManage">May edit and close the school (the register keepers).</param>
/// <param name="TimelineLinks">Timeline entries link to their records (the trust-wide team).</param>
public sealed record SchoolProfile(
    SchoolFacts School,
    IReadOnlyList<SchoolPerson> People,
    SchoolCategorySummary Category,
    SchoolActionsSummary Actions,
    LatestInspections Inspections,
    SchoolReturnsSummary Returns,
    ReturnsDuePanel? ReturnsDue,
    IReadOnlyList<TimelineEvent> Timeline,
    bool CanManage,
    bool TimelineLinks)
{
    /// <summary>The school's sitting board (issue 10), when the trust uses boards and the school has one.</summary>
    public Boards.SchoolBoardSummary? Board { get; init; }
}

/// <summary>
/// Composes the school profile: a fixed number of queries however many schools there are.
/// A new capability adds its own partial and read model here rather than growing this handler.
/// Access to the school is declared on the controller and checked before this runs.
/// </summary>
public sealed class SchoolProfileHandler(PortalDbContext db, TimeProvider clock, PermissionsReader permissionsReader)
{
    public async Task<SchoolProfile?> HandleAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new SchoolFacts(s.Id, s.Urn, s.Name, s.Phase, s.EstablishmentType, s.LocalAuthority, s.ChurchDesignation, s.Diocese, s.Pupils, s.DateJoined, s.ClosedOn))
            .SingleOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            return null;
        }

        var permissions = await permissionsReader.CurrentAsync();

        // Headteachers, local committee members and SLEs: proposals and returns stay with the central team.
        var confirmedOnly = !permissions.WholeTrust;
        var people = await db.SchoolAssignments
            .Where(a => a.SchoolId == schoolId)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.DisplayName, u.Email, a.Kind })
            .OrderBy(p => p.Kind).ThenBy(p => p.DisplayName)
            .Select(p => new SchoolPerson(p.DisplayName, p.Email ?? "", p.Kind))
            .ToListAsync(cancellationToken);

        var (returnsDue, returns) = await SchoolReturns.ReadAsync(db, schoolId, clock.Today(), permissions, cancellationToken);
        return new SchoolProfile(
            school,
            people,
            await SchoolCategorySummary.ReadAsync(db, schoolId, school.IsOpen, permissions, await permissionsReader.MayProposeForAsync(schoolId, cancellationToken), cancellationToken),
            await SchoolActionsSummary.ReadAsync(db, schoolId, clock.Today(), cancellationToken),
            await LatestInspections.ForSchoolAsync(db, schoolId, cancellationToken),
            returns,
            returnsDue,
            await SchoolTimeline.ReadAsync(db, school, confirmedOnly, cancellationToken),
            permissions.ManageSchools,
            TimelineLinks: permissions.WholeTrust)
        {
            Board = await Boards.SchoolBoardSummary.ReadAsync(db, schoolId, clock.Today(), permissions, cancellationToken),
        };
    }
}
