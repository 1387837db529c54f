using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>
/// The review cycles' due items (issue 11 item 4): each open school's development review (DevelopmentReviews), SIAMS
/// preparation visit (SiamsPreparation, church schools only) and headteacher appraisal (wherever the profile sets its
/// interval), on the school's linked officers' lists; and, for the trust, one terms of reference review per board kind the
/// profile lists (Boards), on the board managers' lists. Due dates come from <see cref="ReviewCycle"/>. At most five
/// queries whatever the number of schools: the schools, the latest occurrences, the linked officers, and for terms of
/// reference the board managers and the trust's start.
/// </summary>
public sealed class ReviewCycleDueSource(PortalDbContext db) : IDueSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(DueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schoolKinds = ReviewKinds.ForSchool(context.Policy, churchSchool: true);
        IReadOnlyList<BoardKind> boardKinds = context.SchoolId is null ? ReviewKinds.TermsOfReference(context.Policy) : [];
        if (schoolKinds.Count == 0 && boardKinds.Count == 0)
        {
            return [];
        }

        List<DueKind> kinds = [.. schoolKinds];
        if (boardKinds.Count > 0)
        {
            kinds.Add(DueKind.TermsOfReferenceReview);
        }

        var latest = await db.ReviewOccurrences.AsNoTracking()
            .Where(o => kinds.Contains(o.Kind) && (context.SchoolId == null || o.SchoolId == context.SchoolId))
            .GroupBy(o => new { o.Kind, o.SchoolId, o.BoardKind })
            .Select(g => new { g.Key.Kind, g.Key.SchoolId, g.Key.BoardKind, LastHeldOn = g.Max(o => o.HeldOn) })
            .ToListAsync(cancellationToken);
        List<DueItem> items = [];
        if (schoolKinds.Count > 0)
        {
            items.AddRange(await SchoolItemsAsync(context, schoolKinds, [.. latest.Where(l => l.SchoolId != null).Select(l => (l.Kind, l.SchoolId!.Value, l.LastHeldOn))], cancellationToken));
        }

        if (boardKinds.Count > 0)
        {
            items.AddRange(await TermsOfReferenceItemsAsync(context, boardKinds, [.. latest.Where(l => l.BoardKind != null).Select(l => (l.BoardKind!.Value, l.LastHeldOn))], cancellationToken));
        }

        return items;
    }

    private async Task<IEnumerable<DueItem>> SchoolItemsAsync(
        DueContext context, IReadOnlyList<DueKind> kinds, List<(DueKind Kind, Guid SchoolId, DateOnly LastHeldOn)> latest, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking()
            .Where(s => s.ClosedOn == null && (context.SchoolId == null || s.Id == context.SchoolId))
            .Select(s => new { s.Id, s.Name, s.ChurchDesignation, s.DateJoined })
            .ToListAsync(ct);
        var officers = (await db.SchoolAssignments.AsNoTracking()
            .Where(a => a.Kind == AssignmentKind.LinkedOfficerFor && (context.SchoolId == null || a.SchoolId == context.SchoolId))
            .Select(a => new { a.SchoolId, a.UserId })
            .ToListAsync(ct))
            .ToLookup(a => a.SchoolId, a => a.UserId);
        var last = latest.ToDictionary(l => (l.Kind, l.SchoolId), l => l.LastHeldOn);
        return from school in schools
               from kind in kinds
               where kind != DueKind.SiamsPreparation || ReviewKinds.IsChurchSchool(school.ChurchDesignation)
               let lastHeldOn = last.TryGetValue((kind, school.Id), out var held) ? held : (DateOnly?)null
               let dueOn = ReviewCycle.NextDue(kind, context.Policy.Cycles, lastHeldOn, school.DateJoined)
               where dueOn is not null
               select new DueItem(
                   kind, $"school:{school.Id}", $"{kind.Label()}: {school.Name}", dueOn.Value,
                   $"/schools/{school.Id}/reviews/new?kind={kind}", school.Id, school.Name, [.. officers[school.Id].Distinct()], lastHeldOn);
    }

    private async Task<IEnumerable<DueItem>> TermsOfReferenceItemsAsync(
        DueContext context, IReadOnlyList<BoardKind> boardKinds, List<(BoardKind Kind, DateOnly LastHeldOn)> latest, CancellationToken ct)
    {
        var trustId = db.CurrentTrustId;
        var managers = await db.Users.AsNoTracking()
            .Where(u => u.TrustId == trustId && u.TrustId != null && u.IsActive
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && TrustRole.BoardManagers.Contains(r.Name!))))
            .Select(u => u.Id)
            .ToListAsync(ct);
        var started = await db.Trusts.AsNoTracking().Where(t => t.Id == trustId).Select(t => (DateTimeOffset?)t.CreatedAt).SingleOrDefaultAsync(ct);
        var countFrom = started is { } at ? UkClock.UkDate(at) : context.Today;
        var last = latest.ToDictionary(l => l.Kind, l => l.LastHeldOn);
        return from kind in boardKinds
               let lastHeldOn = last.TryGetValue(kind, out var held) ? held : (DateOnly?)null
               let dueOn = ReviewCycle.NextDue(DueKind.TermsOfReferenceReview, context.Policy.Cycles, lastHeldOn, countFrom)
               where dueOn is not null
               select new DueItem(
                   DueKind.TermsOfReferenceReview, $"board-kind:{kind}", $"{DueKind.TermsOfReferenceReview.Label()}: {kind.Label()}", dueOn.Value,
                   $"/terms-of-reference/reviews/new?kind={kind}", null, null, managers, lastHeldOn);
    }
}
