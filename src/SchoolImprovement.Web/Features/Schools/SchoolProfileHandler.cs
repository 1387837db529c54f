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
    string? ChurchDesignation, string? Diocese, int? Pupils, DateOnly DateJoined, DateOnly? ClosedOn, DateOnly? CausingConcernSince = null)
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
    bool TimelineLinks,
    SchoolConcernMark? Concern = null)
{
    /// <summary>The school's sitting board (issue 10), when the trust uses boards and the school has one.</summary>
    public Boards.SchoolBoardSummary? Board { get; init; }

    /// <summary>Links to the school's improvement work (issue 11) the person may open; none where the trust's policy switches a part off.</summary>
    public SchoolWorkLinks Work { get; init; } = SchoolWorkLinks.None;
}

/// <summary>
/// Which of the school's issue-11 pages the profile links to: decided from the person's permissions and the trust's capabilities,
/// no query. (A joined school's integration plan is linked from its due diligence report.)
/// </summary>
public sealed record SchoolWorkLinks(bool Visits, bool HealthChecks, bool Allocations, bool Due)
{
    public static readonly SchoolWorkLinks None = new(false, false, false, false);

    public bool Any => Visits || HealthChecks || Allocations || Due;

    public static SchoolWorkLinks For(Permissions can)
    {
        ArgumentNullException.ThrowIfNull(can);
        return new(
            Visits: can.ReadSchoolWork,
            HealthChecks: can.ReadSchoolWork && can.Uses(Domain.Policy.PolicyCapability.HealthChecks),
            Allocations: can.ReadSchoolWork && can.Uses(Domain.Policy.PolicyCapability.DayAllocations),
            Due: can.TrustMember);
    }
}

/// <summary>The school's "causing concern" mark and its links: the open case for its readers, and the recommendation for the profile's recommending role.</summary>
public sealed record SchoolConcernMark(DateOnly? CausingConcernSince, Guid? CaseId, bool CanRecommend);

/// <summary>
/// Composes the school profile: a fixed number of queries however many schools there are.
/// A new capability adds its own partial and read model here rather than growing this handler.
/// Access to the school is declared on the controller and checked before this runs.
/// </summary>
public sealed class SchoolProfileHandler(PortalDbContext db, TimeProvider clock, PermissionsReader permissionsReader)
{
    public async Task<SchoolProfile?> HandleAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        // The open concern case (if any) in the same query: the mark costs no query of its own.
        var openConcerns = db.ConcernCases.Where(Domain.Concerns.ConcernCase.IsOpenCondition);
        var read = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new
            {
                Facts = new SchoolFacts(s.Id, s.Urn, s.Name, s.Phase, s.EstablishmentType, s.LocalAuthority, s.ChurchDesignation, s.Diocese, s.Pupils, s.DateJoined, s.ClosedOn, s.CausingConcernSince),
                OpenConcern = openConcerns.Where(c => c.SchoolId == s.Id).Select(c => (Guid?)c.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (read is null)
        {
            return null;
        }

        var school = read.Facts;

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
            TimelineLinks: permissions.WholeTrust,
            Concern: new SchoolConcernMark(
                school.CausingConcernSince,
                permissions.ReadConcerns && permissions.Uses(Domain.Policy.PolicyCapability.ConcernDesignation) ? read.OpenConcern : null,
                permissions.RecommendConcern && permissions.Uses(Domain.Policy.PolicyCapability.ConcernDesignation) && school.IsOpen && read.OpenConcern is null))
        {
            Board = await Boards.SchoolBoardSummary.ReadAsync(db, schoolId, clock.Today(), permissions, cancellationToken),
            Work = SchoolWorkLinks.For(permissions),
        };
    }
}
