using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>A trust's request waiting for a decision, as the platform administrator sees it (names and roles only, no school data).</summary>
public sealed record PlatformRoleRequestRow(Guid Id, string Trust, string Person, string Role, string RequestedBy, string RequestedAt);

/// <summary>The platform administrator's role requests page: every trust's pending requests, newest first.</summary>
public sealed record PlatformRoleRequestsPage(IReadOnlyList<PlatformRoleRequestRow> Pending);

/// <summary>
/// Platform administration's one cross-trust read (docs/security.md, "Escape hatches"; ADR 0016):
/// through <see cref="CrossTrustAccess"/>, only on role requests, only to read: the pending requests
/// with their trust's and people's names for the list, and the trust of one request so that deciding
/// it enters that trust (<see cref="PlatformRoleRequestDecisionHandler"/>), where the tenancy filter,
/// row-level security, the save check and the audit trail apply as usual. Only platform
/// administrators reach it (the controller's policy).
/// </summary>
public sealed class PlatformRoleRequestQueries(CrossTrustAccess crossTrust)
{
    private const string Actor = "platform administration";

    public async Task<PlatformRoleRequestsPage> PageAsync(CancellationToken ct)
    {
        var rows = await crossTrust.ReadAsync(Actor, every => every.RoleGrantRequests
            .Where(r => r.Outcome == RoleGrantOutcome.Pending)
            .Select(r => new
            {
                r.Id,
                Trust = every.Trusts.Where(t => t.Id == r.TrustId).Select(t => t.Name).FirstOrDefault(),
                Person = every.Users.Where(u => u.Id == r.UserId && u.TrustId == r.TrustId).Select(u => u.DisplayName).FirstOrDefault(),
                r.Role,
                RequestedBy = every.Users.Where(u => u.Id == r.RequestedBy && u.TrustId == r.TrustId).Select(u => u.DisplayName).FirstOrDefault(),
                r.RequestedAt,
            })
            .ToListAsync(ct));

        // Sorted here: SQLite cannot order by a DateTimeOffset column; pending requests are few.
        return new PlatformRoleRequestsPage([.. rows.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Select(r => new PlatformRoleRequestRow(r.Id, r.Trust ?? "", r.Person ?? NoLongerThere, r.Role, r.RequestedBy ?? NoLongerThere, UkFormat.DateTime(r.RequestedAt)))]);
    }

    /// <summary>The trust a request belongs to, or null when there is no such request.</summary>
    public Task<Guid?> TrustOfAsync(Guid requestId, CancellationToken ct) =>
        crossTrust.ReadAsync(Actor, every => every.RoleGrantRequests.Where(r => r.Id == requestId).Select(r => (Guid?)r.TrustId).SingleOrDefaultAsync(ct));

    private const string NoLongerThere = "Someone no longer in the trust";
}
