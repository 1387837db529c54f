using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>
/// One categorisation: the proposal, its evidence, its decision, its planned actions, and the
/// decision and plan forms, holding what the user typed when a decision was refused or crossed
/// someone else's (ADR 0004: an edit keeps the user's input).
/// </summary>
public sealed record ReviewPage(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    string Category,
    CategorisationStatus Status,
    string Rationale,
    IReadOnlyList<EvidenceJudgement> Evidence,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? ReturnReason,
    bool Tailored,
    IReadOnlyList<string> PlannedActions,
    int ActionPlanCount,
    bool CanConfirm,
    bool ShowReturnForm,
    bool ShowPlanForm,
    DecisionForm Decision,
    PlanForm Plan);

/// <summary>The forms as the user typed them, when the page is shown again after a POST.</summary>
public sealed record KeptDecisionInput(DecisionForm? Decision = null, PlanForm? Plan = null)
{
    public static readonly KeptDecisionInput None = new();
}

public sealed class ReviewPageHandler(PortalDbContext db, PermissionsReader permissions)
{
    public async Task<ReviewPage?> HandleAsync(Guid id, Permissions can, KeptDecisionInput kept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(can);
        ArgumentNullException.ThrowIfNull(kept);
        var found = await db.Categorisations.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Schools, c => c.SchoolId, s => s.Id, (c, s) => new { Record = c, SchoolName = s.Name })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var c = found.Record;
        var names = await db.Users.Where(u => u.Id == c.ProposedBy || u.Id == c.DecidedBy)
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        var actionPlan = await db.Actions.CountAsync(a => a.SourceId == id, ct);
        var planned = c.PlannedActions ?? profile.Category(c.Category)?.StandardResponses ?? [];
        var proposed = c.Status == CategorisationStatus.Proposed;

        // A form the user typed into stays on the page even when the record has moved on, so nothing typed is lost.
        var keptReason = !string.IsNullOrWhiteSpace(kept.Decision?.Reason);
        return new ReviewPage(
            c.Id, c.SchoolId, found.SchoolName, c.Category, c.Status, c.Rationale, c.Evidence,
            c.ProposedAt, names.GetValueOrDefault(c.ProposedBy, "Unknown"),
            c.DecidedAt, c.DecidedBy is { } by ? names.GetValueOrDefault(by, "Unknown") : null,
            c.ReturnReason, c.PlannedActions is not null, planned, actionPlan,
            CanConfirm: proposed && can.ConfirmCategory,
            ShowReturnForm: can.ConfirmCategory && (proposed || keptReason),
            ShowPlanForm: (proposed || kept.Plan is not null) && await permissions.MayProposeForAsync(c.SchoolId, ct),
            kept.Decision ?? new DecisionForm { Version = c.Version },
            kept.Plan ?? new PlanForm { Version = c.Version, Actions = string.Join("\n", planned) });
    }
}
