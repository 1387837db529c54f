using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.ConcernsOverview;

/// <summary>
/// Reads the trust view (<see cref="ConcernsOverviewPage"/>) in a fixed number of queries however many schools the trust has:
/// the open concern cases; the active boards with their members and extensions (split, one query each), their meetings, the
/// recommendations pending the committee and the urgent decisions awaiting ratification; the open Spotlight
/// projects with their officers, the profile's visit cycle and the projects' visits; the names of the schools named by any of them. Sections of capabilities
/// the trust does not use send no query. Null (404) when the trust uses none of the page's capabilities.
/// </summary>
public sealed class ConcernsOverviewQueries(PortalDbContext db, TimeProvider clock, PermissionsReader permissions)
{
    public async Task<ConcernsOverviewPage?> PageAsync(CancellationToken ct)
    {
        var can = await permissions.CurrentAsync();
        var showsConcerns = can.Uses(PolicyCapability.ConcernDesignation);
        var showsBoards = can.Uses(PolicyCapability.Boards);
        var showsSpotlight = can.Uses(PolicyCapability.SpotlightProjects);
        if (!showsConcerns && !showsBoards && !showsSpotlight)
        {
            return null;
        }

        return await ReadAsync(showsConcerns, showsBoards, showsSpotlight, clock.Today(), ct);
    }

    /// <summary>
    /// The trust view's rows for the sections asked for, counted to <paramref name="today"/>, without reading the signed-in
    /// person's permissions (the committee pack reads it for the whole trust, also outside a request).
    /// </summary>
    public async Task<ConcernsOverviewPage> ReadAsync(bool showsConcerns, bool showsBoards, bool showsSpotlight, DateOnly today, CancellationToken ct)
    {
        var cases = showsConcerns ? await OpenCasesAsync(ct) : [];
        var boards = showsBoards ? await ActiveBoardsAsync(ct) : [];
        var meetings = showsBoards ? await MeetingsOfActiveBoardsAsync(ct) : [];
        var recommendations = showsBoards ? await PendingRecommendationsAsync(ct) : [];
        var decisions = showsBoards ? await UnratifiedDecisionsAsync(ct) : [];
        var projects = showsSpotlight ? await OpenProjectsAsync(today, ct) : [];

        var schoolIds = cases.Select(c => c.SchoolId).Concat(boards.Select(b => b.SchoolId)).Concat(projects.Select(p => p.SchoolId))
            .Concat(recommendations.Select(r => r.SchoolId)).Concat(decisions.Select(d => d.SchoolId)).Distinct().ToList();
        var meetingsOf = meetings.ToLookup(m => m.BoardId);
        // Read even when nothing names a school, so that the page sends the same commands whatever the trust's records.
        var names = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        string Name(Guid school) => names.GetValueOrDefault(school, "");

        return new ConcernsOverviewPage(
            today,
            showsConcerns,
            showsBoards,
            showsSpotlight,
            [.. cases.Select(c => new ConcernRow(c.Id, c.SchoolId, Name(c.SchoolId), c.Status, c.Since, c.ProposedResponse, c.AwaitsCommitteeNotice)).OrderBy(r => r.Status).ThenBy(r => r.School, StringComparer.Ordinal)],
            [
                .. boards.Select(b => new BoardRow(
                        b.Id,
                        b.SchoolId,
                        Name(b.SchoolId),
                        b.Kind,
                        meetingsOf[b.Id].Count(m => m.Status == BoardMeetingStatus.Held && m.Quorate == true),
                        meetingsOf[b.Id].Where(m => m.Status == BoardMeetingStatus.Scheduled && m.ScheduledOn >= today).Select(m => (DateOnly?)m.ScheduledOn).Min(),
                        b.EndsOn,
                        b.IsNearEnd(today),
                        b.IsPastEnd(today),
                        b.MissingLinkRoles))
                    .OrderBy(r => r.EndsOn).ThenBy(r => r.School, StringComparer.Ordinal),
            ],
            [.. recommendations.Select(r => r with { School = Name(r.SchoolId) }).OrderBy(r => r.MadeOn).ThenBy(r => r.School, StringComparer.Ordinal)],
            [.. decisions.Select(d => d with { School = Name(d.SchoolId) }).OrderBy(d => d.DecidedOn).ThenBy(d => d.School, StringComparer.Ordinal)],
            [.. projects.Select(p => p with { School = Name(p.SchoolId) }).OrderByDescending(p => p.Overdue).ThenBy(p => p.NextVisitDueBy).ThenBy(p => p.School, StringComparer.Ordinal)]);
    }

    private sealed record OpenCase(Guid Id, Guid SchoolId, ConcernStatus Status, DateOnly Since, BoardKind ProposedResponse, bool AwaitsCommitteeNotice);

    private async Task<List<OpenCase>> OpenCasesAsync(CancellationToken ct)
    {
        var open = ConcernStatuses.Open;
        var rows = await db.ConcernCases.AsNoTracking()
            .Where(c => open.Contains(c.Status))
            .Select(c => new { c.Id, c.SchoolId, c.Status, c.RecommendedAt, c.DesignatedOn, c.ExitRecommendedAt, c.ProposedResponse, c.CommitteeInformedOn })
            .ToListAsync(ct);
        return
        [
            .. rows.Select(c => new OpenCase(
                c.Id,
                c.SchoolId,
                c.Status,
                c.Status switch
                {
                    ConcernStatus.ExitRecommended when c.ExitRecommendedAt is { } exit => UkClock.UkDate(new DateTimeOffset(DateTime.SpecifyKind(exit, DateTimeKind.Utc))),
                    ConcernStatus.Designated or ConcernStatus.ExitRecommended when c.DesignatedOn is { } designated => designated,
                    _ => UkClock.UkDate(new DateTimeOffset(DateTime.SpecifyKind(c.RecommendedAt, DateTimeKind.Utc))),
                },
                c.ProposedResponse,
                c.DesignatedOn is not null && c.CommitteeInformedOn is null)),
        ];
    }

    /// <summary>Active boards with their members and extensions (the period's end and the missing link roles are the board's own rules).</summary>
    private async Task<List<Board>> ActiveBoardsAsync(CancellationToken ct) =>
        await db.Boards.AsNoTracking()
            .Where(b => b.Status == BoardStatus.Active)
            .Include(b => b.Members)
            .Include(b => b.Extensions)
            .AsSplitQuery()
            .ToListAsync(ct);

    private sealed record MeetingRow(Guid BoardId, BoardMeetingStatus Status, bool? Quorate, DateOnly ScheduledOn);

    /// <summary>The meetings of the active boards, narrow: counted and searched in memory.</summary>
    private async Task<List<MeetingRow>> MeetingsOfActiveBoardsAsync(CancellationToken ct) =>
        await db.BoardMeetings.AsNoTracking()
            .Where(m => db.Boards.Any(b => b.Id == m.BoardId && b.Status == BoardStatus.Active))
            .Select(m => new MeetingRow(m.BoardId, m.Status, m.Quorate, m.ScheduledOn))
            .ToListAsync(ct);

    private async Task<List<RecommendationRow>> PendingRecommendationsAsync(CancellationToken ct)
    {
        var rows = await db.BoardRecommendations.AsNoTracking()
            .Where(r => r.Status == RecommendationStatus.Pending)
            .Select(r => new
            {
                r.Id, r.MeetingId, r.BoardId, r.SchoolId, r.Text, r.RecordedAt,
                Kind = db.Boards.Where(b => b.Id == r.BoardId).Select(b => b.Kind).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RecommendationRow(r.Id, r.MeetingId, r.BoardId, r.SchoolId, "", r.Kind, r.Text, UkClock.UkDate(new DateTimeOffset(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)))))];
    }

    private async Task<List<UrgentDecisionRow>> UnratifiedDecisionsAsync(CancellationToken ct) =>
        await db.UrgentDecisions.AsNoTracking()
            .Where(d => d.Status == UrgentDecisionStatus.AwaitingRatification)
            .Select(d => new UrgentDecisionRow(d.Id, d.BoardId, d.SchoolId, "", db.Boards.Where(b => b.Id == d.BoardId).Select(b => b.Kind).FirstOrDefault(), d.Text, d.DecidedOn))
            .ToListAsync(ct);

    private async Task<List<SpotlightRow>> OpenProjectsAsync(DateOnly today, CancellationToken ct)
    {
        var projects = await db.SpotlightProjects.AsNoTracking()
            .Where(p => p.Status == SpotlightStatus.Open)
            .Select(p => new
            {
                p.Id,
                p.SchoolId,
                p.OpenedOn,
                p.Status,
                Officer = db.Users.Where(u => u.Id == p.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // The profile's cycles are one JSON column: read whole, then the visits each half term it asks for.
        var visitsPerHalfTerm = (await db.PolicyProfiles.AsNoTracking().Select(pp => pp.Cycles).SingleAsync(ct)).SpotlightVisitsPerHalfTerm;
        var visits = (await db.SpotlightVisits.AsNoTracking()
                .Where(v => db.SpotlightProjects.Any(p => p.Id == v.ProjectId && p.Status == SpotlightStatus.Open))
                .Select(v => new { v.ProjectId, v.VisitedOn })
                .ToListAsync(ct))
            .ToLookup(v => v.ProjectId, v => v.VisitedOn);
        return
        [
            .. projects.Select(p =>
            {
                var dates = visits[p.Id].ToList();
                var due = SpotlightSchedule.NextVisit(p.Status, p.OpenedOn, dates, visitsPerHalfTerm, today)!;
                return new SpotlightRow(p.Id, p.SchoolId, "", p.Officer ?? "", p.OpenedOn, dates.Count == 0 ? null : dates.Max(), due.DueBy, due.Overdue);
            }),
        ];
    }
}
