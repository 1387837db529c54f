using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Features.Users;

namespace SchoolImprovement.Web.Features.RoleRequests;

/// <summary>A request awaiting a decision; <see cref="WhyNot"/> says why this person cannot decide it.</summary>
public sealed record PendingRoleRequestRow(Guid Id, Guid UserId, string Person, string Role, string RequestedBy, string RequestedAt, bool CanDecide, string? WhyNot, bool NobodyElseCanApprove);

public sealed record DecidedRoleRequestRow(string Person, string Role, RoleGrantOutcome Outcome, string DecidedBy, string DecidedAt);

/// <summary>The role requests page: what waits for a second person, and the latest decisions.</summary>
public sealed record RoleRequestsPage(IReadOnlyList<PendingRoleRequestRow> Pending, IReadOnlyList<DecidedRoleRequestRow> Decided);

public sealed class RoleRequestQueries(PortalDbContext db, TrustContext trust)
{
    public const int DecidedShown = 20;

    public async Task<RoleRequestsPage> PageAsync(CancellationToken ct)
    {
        var me = trust.UserId ?? Guid.Empty;
        string[] approverRoles = [.. RoleGrantRequest.Approvers];
        var requests = await db.RoleGrantRequests.AsNoTracking().ToListAsync(ct);
        var people = await db.UsersOf(trust).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var approvers = await db.UsersOf(trust).Where(u => u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && approverRoles.Contains(r.Name!))))
            .Select(u => u.Id).ToListAsync(ct);
        var myRoles = approvers.Contains(me) ? approverRoles.Take(1) : [];
        string Name(Guid? id) => id is { } i && people.TryGetValue(i, out var n) ? n : "Someone no longer in the trust";

        var pending = requests.Where(r => r.Outcome == RoleGrantOutcome.Pending).OrderBy(r => r.RequestedAt)
            .Select(r =>
            {
                var whyNot = r.RequestedBy == me ? RoleGrantRequest.ApproverIsRequester
                    : r.UserId == me ? RoleGrantRequest.ApproverIsSubject
                    : r.CanBeDecidedBy(me, myRoles) ? null : RoleGrantRequest.ApproverNotEligible;
                var nobodyElse = !approvers.Any(a => a != r.RequestedBy && a != r.UserId);
                return new PendingRoleRequestRow(r.Id, r.UserId, Name(r.UserId), r.Role, Name(r.RequestedBy), UkFormat.DateTime(r.RequestedAt), whyNot is null, whyNot, nobodyElse);
            }).ToList();
        var decided = requests.Where(r => r.Outcome != RoleGrantOutcome.Pending).OrderByDescending(r => r.DecidedAt).Take(DecidedShown)
            .Select(r => new DecidedRoleRequestRow(Name(r.UserId), r.Role, r.Outcome, Name(r.DecidedBy), r.DecidedAt is { } at ? UkFormat.DateTime(at) : ""))
            .ToList();
        return new RoleRequestsPage(pending, decided);
    }
}
