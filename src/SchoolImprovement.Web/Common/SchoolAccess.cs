using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// Which schools a person may see and act on: the one service behind <see cref="SchoolScopeAttribute"/>
/// and every school list. Trust-wide roles see every school of their trust (the tenancy filter
/// already limits the query to it); headteachers, local committee members and SLEs see only the
/// schools they are assigned to. A board's page is also seen by its members and clerk, and its business
/// recorded by its chair or clerk (<see cref="SchoolRelation.BoardMember"/>, <see cref="SchoolRelation.BoardOfficer"/>).
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

    /// <summary>
    /// Allowed, or NotFound for a record that is not in the user's trust (the same as a missing
    /// one), or Forbidden for a school of the trust the person is not tied to as <paramref name="relation"/> needs.
    /// </summary>
    public async Task<SchoolAccessOutcome> CheckAsync(ClaimsPrincipal user, ScopeFrom from, Guid id, SchoolRelation relation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var target = await ResolveAsync(from, id, ct);
        if (target is null)
        {
            return SchoolAccessOutcome.NotFound;
        }

        if (target.Value.CentralOnly && !user.SeesWholeTrust())
        {
            return SchoolAccessOutcome.Forbidden;
        }

        var userId = user.Id();
        var schoolId = target.Value.SchoolId;
        var boardId = target.Value.BoardId;
        var allowed = relation switch
        {
            SchoolRelation.LinkedOfficer => user.IsInRole(TrustRole.DirectorOfLearning)
                || await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId && a.Kind == AssignmentKind.LinkedOfficerFor, ct),
            SchoolRelation.Headteacher => TrustRole.ImprovementTeam.Any(user.IsInRole)
                || await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId && a.Kind == AssignmentKind.HeadteacherOf, ct),
            SchoolRelation.BoardMember => user.SeesWholeTrust()
                || await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId, ct)
                || (boardId is { } memberOf && await db.Boards.AnyAsync(
                    b => b.Id == memberOf && (b.ClerkUserId == userId || b.Members.Any(m => m.UserId == userId && m.RemovedOn == null)), ct)),
            SchoolRelation.BoardOfficer => user.IsInRole(TrustRole.GovernanceProfessional)
                || (boardId is { } officerOf && await db.Boards.AnyAsync(
                    b => b.Id == officerOf && (b.ClerkUserId == userId || b.Members.Any(m => m.Id == b.ChairMemberId && m.UserId == userId && m.RemovedOn == null)), ct)),
            _ => user.SeesWholeTrust() || await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId, ct),
        };
        return allowed ? SchoolAccessOutcome.Allowed : SchoolAccessOutcome.Forbidden;
    }

    /// <summary>The user's school when they are assigned to exactly one (a headteacher's home page).</summary>
    public async Task<Guid?> OnlySchoolAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = await VisibleTo(user).Select(s => s.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>
    /// The school a route id belongs to, in the current trust; whether only the trust-wide team may see the record;
    /// and the board it belongs to, for the board relations.
    /// </summary>
    private async Task<ScopeTarget?> ResolveAsync(ScopeFrom from, Guid id, CancellationToken ct)
    {
        switch (from)
        {
            case ScopeFrom.Action:
                var action = await db.Actions.Where(a => a.Id == id).Select(a => (Guid?)a.SchoolId).SingleOrDefaultAsync(ct);
                return action is { } actionSchool ? new ScopeTarget(actionSchool, false) : null;
            case ScopeFrom.Categorisation:
                var record = await db.Categorisations.Where(c => c.Id == id).Select(c => new { c.SchoolId, c.Status }).SingleOrDefaultAsync(ct);
                return record is null ? null : new ScopeTarget(record.SchoolId, record.Status != CategorisationStatus.Confirmed);
            case ScopeFrom.ReturnVersion:
                var version = await db.ReturnVersions.Where(v => v.Id == id).Select(v => (Guid?)v.SchoolId).SingleOrDefaultAsync(ct);
                return version is { } versionSchool ? new ScopeTarget(versionSchool, false) : null;
            case ScopeFrom.ConcernCase:
                var concern = await db.ConcernCases.Where(c => c.Id == id).Select(c => (Guid?)c.SchoolId).SingleOrDefaultAsync(ct);
                return concern is { } concernSchool ? new ScopeTarget(concernSchool, true) : null;
            case ScopeFrom.ExternalSupportRequest:
                var support = await db.ExternalSupportRequests.Where(r => r.Id == id).Select(r => (Guid?)r.SchoolId).SingleOrDefaultAsync(ct);
                return support is { } supportSchool ? new ScopeTarget(supportSchool, true) : null;
            case ScopeFrom.Board:
                var board = await db.Boards.Where(b => b.Id == id).Select(b => (Guid?)b.SchoolId).SingleOrDefaultAsync(ct);
                return board is { } boardSchool ? new ScopeTarget(boardSchool, false, id) : null;
            case ScopeFrom.SpotlightProject:
                var project = await db.SpotlightProjects.Where(p => p.Id == id).Select(p => (Guid?)p.SchoolId).SingleOrDefaultAsync(ct);
                return project is { } projectSchool ? new ScopeTarget(projectSchool, false) : null;
            case ScopeFrom.BoardMeeting:
                var meeting = await db.BoardMeetings.Where(m => m.Id == id).Select(m => new { m.SchoolId, m.BoardId }).SingleOrDefaultAsync(ct);
                return meeting is null ? null : new ScopeTarget(meeting.SchoolId, false, meeting.BoardId);
            case ScopeFrom.BoardRecommendation:
                var recommendation = await db.BoardRecommendations.Where(r => r.Id == id).Select(r => new { r.SchoolId, r.BoardId }).SingleOrDefaultAsync(ct);
                return recommendation is null ? null : new ScopeTarget(recommendation.SchoolId, false, recommendation.BoardId);
            case ScopeFrom.UrgentDecision:
                var decision = await db.UrgentDecisions.Where(d => d.Id == id).Select(d => new { d.SchoolId, d.BoardId }).SingleOrDefaultAsync(ct);
                return decision is null ? null : new ScopeTarget(decision.SchoolId, false, decision.BoardId);
            case ScopeFrom.Visit:
                var visit = await db.ImprovementVisits.Where(v => v.Id == id).Select(v => (Guid?)v.SchoolId).SingleOrDefaultAsync(ct);
                return visit is { } visitSchool ? new ScopeTarget(visitSchool, false) : null;
            case ScopeFrom.DayAllocation:
                var allocation = await db.DayAllocations.Where(a => a.Id == id).Select(a => (Guid?)a.SchoolId).SingleOrDefaultAsync(ct);
                return allocation is { } allocationSchool ? new ScopeTarget(allocationSchool, false) : null;
            case ScopeFrom.HealthCheck:
                var check = await db.HealthChecks.Where(c => c.Id == id).Select(c => (Guid?)c.SchoolId).SingleOrDefaultAsync(ct);
                return check is { } checkSchool ? new ScopeTarget(checkSchool, false) : null;
            case ScopeFrom.ReviewOccurrence:
                var review = await db.ReviewOccurrences.Where(o => o.Id == id).Select(o => new { o.SchoolId }).SingleOrDefaultAsync(ct);
                return review is null ? null : new ScopeTarget(review.SchoolId ?? Guid.Empty, review.SchoolId is null);
            default:
                return await db.Schools.AnyAsync(s => s.Id == id, ct) ? new ScopeTarget(id, false) : null;
        }
    }

    /// <summary>What a route id resolved to: its school, whether it is for the trust-wide team only, and its board (if it is a board's).</summary>
    private readonly record struct ScopeTarget(Guid SchoolId, bool CentralOnly, Guid? BoardId = null);
}

public enum SchoolAccessOutcome
{
    Allowed,
    Forbidden,
    NotFound,
}
