using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.SpotlightProjects;

/// <summary>Which projects the list shows: the open ones (the default), the closed ones, or all.</summary>
public enum SpotlightListFilter
{
    Open = 0,
    Closed = 1,
    All = 2,
}

public sealed record SpotlightListQuery(SpotlightListFilter Show = SpotlightListFilter.Open);

/// <summary>One project on the list: its school, officer, last visit and when the next is due (null when closed).</summary>
public sealed record SpotlightProjectRow(
    Guid Id, Guid SchoolId, string School, string Officer, SpotlightStatus Status, DateOnly OpenedOn, DateOnly? LastVisitOn,
    SpotlightVisitDue? NextVisit, DateOnly? ClosedOn);

public sealed record SpotlightListPage(SpotlightListQuery Query, IReadOnlyList<SpotlightProjectRow> Rows, int OpenCount, int ClosedCount, bool CanOpen);

/// <summary>A visit as the project page shows it, with the clear actions it put into the tracker.</summary>
public sealed record SpotlightVisitView(
    Guid Id, DateOnly VisitedOn, string Strengths, string NextSteps, string? Notes, string RecordedBy, IReadOnlyList<SpotlightActionView> Actions);

public sealed record SpotlightActionView(Guid Id, string Title, string Owner, DateOnly DueOn, string Status);

/// <summary>The project page: the project, its visits (latest first), the next visit due and the forms its leads use.</summary>
public sealed record SpotlightProjectPage(
    Guid Id, Guid SchoolId, string School, SpotlightOrigin Origin, string Reason, string Officer, string LocalCommitteeMember,
    DateOnly OpenedOn, SpotlightStatus Status, DateOnly? ClosedOn, string? Outcome, Guid Version,
    SpotlightVisitDue? NextVisit, int VisitsPerHalfTerm, IReadOnlyList<SpotlightVisitView> Visits,
    bool CanLead, SpotlightVisitForm VisitForm, IReadOnlyList<PersonOption> People)
{
    /// <summary>The next steps agreed at the latest visit, followed up at this one (DDAT §6).</summary>
    public string? PreviousNextSteps => Visits.Count > 0 ? Visits[0].NextSteps : null;

    public bool IsOpen => Status == SpotlightStatus.Open;
}

/// <summary>
/// The Spotlight pages' reads. The list is one query for the projects (with school and officer), one for the dates of
/// the open projects' visits and one for the profile's visits per half term, however many schools there are.
/// </summary>
public sealed class SpotlightProjectQueries(PortalDbContext db, SchoolAccess access, PermissionsReader permissions, ActionOwnerQueries owners, TimeProvider clock)
{
    public async Task<SpotlightListPage> ListAsync(SpotlightListQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var schools = access.VisibleTo(user).Select(s => s.Id);
        var projects = await db.SpotlightProjects.AsNoTracking()
            .Where(p => schools.Contains(p.SchoolId))
            .Select(p => new
            {
                p.Id, p.SchoolId, School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == p.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                p.Status, p.OpenedOn, p.LastVisitOn, p.ClosedOn,
            })
            .ToListAsync(ct);
        var perHalfTerm = await VisitsPerHalfTermAsync(ct);
        var shown = projects.Where(p => query.Show switch
        {
            SpotlightListFilter.Closed => p.Status == SpotlightStatus.Closed,
            SpotlightListFilter.All => true,
            _ => p.Status == SpotlightStatus.Open,
        }).ToList();
        var open = shown.Where(p => p.Status == SpotlightStatus.Open).Select(p => p.Id).ToList();
        var visits = await db.SpotlightVisits.AsNoTracking()
            .Where(v => open.Contains(v.ProjectId))
            .Select(v => new { v.ProjectId, v.VisitedOn })
            .ToListAsync(ct);
        var byProject = visits.ToLookup(v => v.ProjectId, v => v.VisitedOn);
        var today = clock.Today();
        var rows = shown
            .Select(p => new SpotlightProjectRow(
                p.Id, p.SchoolId, p.School, p.Officer ?? "Unknown", p.Status, p.OpenedOn, p.LastVisitOn,
                SpotlightSchedule.NextVisit(p.Status, p.OpenedOn, [.. byProject[p.Id]], perHalfTerm, today), p.ClosedOn))
            .OrderByDescending(r => r.NextVisit?.Overdue == true)
            .ThenBy(r => r.NextVisit?.DueBy ?? DateOnly.MaxValue)
            .ThenBy(r => r.School, StringComparer.Ordinal)
            .ToList();
        var can = await permissions.CurrentAsync();
        return new SpotlightListPage(query, rows, projects.Count(p => p.Status == SpotlightStatus.Open), projects.Count(p => p.Status == SpotlightStatus.Closed), can.LeadSpotlight);
    }

    public async Task<SpotlightProjectPage?> ProjectAsync(Guid id, SpotlightVisitForm? form, CancellationToken ct)
    {
        var project = await db.SpotlightProjects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                Project = p,
                School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == p.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Member = db.Users.Where(u => u.Id == p.LocalCommitteeMemberUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var p = project.Project;
        var visits = await db.SpotlightVisits.AsNoTracking()
            .Where(v => v.ProjectId == id)
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt)
            .Select(v => new
            {
                v.Id, v.VisitedOn, v.Strengths, v.NextSteps, v.Notes,
                RecordedBy = db.Users.Where(u => u.Id == v.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.Source == ActionSource.Spotlight && db.SpotlightVisits.Any(v => v.ProjectId == id && v.Id == a.SourceId))
            .OrderBy(a => a.DueOn)
            .Select(a => new
            {
                a.Id, a.SourceId, a.Title, a.OwnerRole, a.DueOn, a.Status,
                Owner = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byVisit = actions.ToLookup(a => a.SourceId);
        var perHalfTerm = await VisitsPerHalfTermAsync(ct);
        var can = await permissions.CurrentAsync();
        var canLead = can.LeadSpotlight && p.IsOpen;
        var today = clock.Today();
        return new SpotlightProjectPage(
            p.Id, p.SchoolId, project.School, p.Origin, p.Reason, project.Officer ?? "Unknown",
            project.Member ?? p.LocalCommitteeMemberName ?? "Not recorded", p.OpenedOn, p.Status, p.ClosedOn, p.Outcome, p.Version,
            SpotlightSchedule.NextVisit(p.Status, p.OpenedOn, [.. visits.Select(v => v.VisitedOn)], perHalfTerm, today),
            perHalfTerm ?? SpotlightSchedule.DefaultVisitsPerHalfTerm,
            [.. visits.Select(v => new SpotlightVisitView(
                v.Id, v.VisitedOn, v.Strengths, v.NextSteps, v.Notes, v.RecordedBy ?? "Unknown",
                [.. byVisit[v.Id].Select(a => new SpotlightActionView(
                    a.Id, a.Title, string.Join(", ", new[] { a.OwnerRole, a.Owner }.Where(o => !string.IsNullOrEmpty(o))), a.DueOn, a.Status.Label()))]))],
            canLead, form ?? SpotlightVisitForm.Blank(today, p.Version), canLead ? await owners.PeopleAsync(ct) : []);
    }

    /// <summary>The profile's focused visits per half term (DDAT §6: one), null when the profile sets none.</summary>
    private async Task<int?> VisitsPerHalfTermAsync(CancellationToken ct)
    {
        var cycles = await db.PolicyProfiles.AsNoTracking().Select(p => p.Cycles).SingleOrDefaultAsync(ct);
        return cycles?.SpotlightVisitsPerHalfTerm;
    }
}
