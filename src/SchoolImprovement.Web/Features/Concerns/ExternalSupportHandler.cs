using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>
/// External support for a school causing concern, agreed in advance with the CEO (DDAT §5): the central team asks,
/// the CEO approves or declines. Who may is declared on the controller.
/// </summary>
public sealed class ExternalSupportHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> RequestAsync(Guid concernCaseId, ExternalSupportForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == concernCaseId, ct);
        if (concern is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(() =>
        {
            var request = ExternalSupportRequest.Request(concern, form.Purpose, form.Provider, form.Cost, trust.UserId!.Value, clock.GetUtcNow());
            db.ExternalSupportRequests.Add(request);
            return request.Id;
        }, ct);
    }

    /// <summary>The CEO's decision; the result's id is the case's, whose page shows it.</summary>
    public async Task<CommandResult> DecideAsync(Guid id, ExternalSupportDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var request = await db.ExternalSupportRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        var concern = request is null ? null : await db.ConcernCases.SingleAsync(c => c.Id == request.ConcernCaseId, ct);
        return await db.ChangeAsync(request, form.Version, r =>
        {
            r.Decide(concern!, form.Approved!.Value, form.Notes, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, r => r.ConcernCaseId, ct);
    }

    /// <summary>The case a request belongs to (its page shows the request's form again after a refusal).</summary>
    public Task<Guid?> CaseOfAsync(Guid requestId, CancellationToken ct) =>
        db.ExternalSupportRequests.Where(r => r.Id == requestId).Select(r => (Guid?)r.ConcernCaseId).SingleOrDefaultAsync(ct);
}
