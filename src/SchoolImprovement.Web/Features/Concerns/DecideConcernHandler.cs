using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>
/// The CEO's decisions on a concern case (the profile's deciding role; declared on the controller): designate or
/// decline a recommendation, and recommend the school's exit to the committee.
/// </summary>
public sealed class DecideConcernHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    /// <summary>Designates the school causing concern: it is marked from today and the committee notice is queued.</summary>
    public async Task<CommandResult> DesignateAsync(Guid id, ConcernDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        var school = concern is null ? null : await db.Schools.SingleAsync(s => s.Id == concern.SchoolId, ct);
        return await db.ChangeAsync(concern, form.Version, c =>
        {
            c.Designate(school!, form.Reasons, trust.UserId!.Value, clock.GetUtcNow(), clock.Today());
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }

    /// <summary>Declines the recommendation with reasons, once confirmed; the school is not marked.</summary>
    public async Task<CommandResult> DeclineAsync(Guid id, ConcernDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!form.Confirm)
        {
            return CommandResult.Refuse("Confirm that you decline the recommendation: it cannot be reopened (a new recommendation can be made).");
        }

        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        return await db.ChangeAsync(concern, form.Version, c =>
        {
            c.Decline(form.Reasons, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }

    /// <summary>Recommends the school's exit to the Education and Standards Committee, with reasons.</summary>
    public async Task<CommandResult> RecommendExitAsync(Guid id, ConcernExitForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        return await db.ChangeAsync(concern, form.Version, c =>
        {
            c.RecommendExit(form.Reasons, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }
}
