using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class RatificationForm : IVersionedForm
{
    public Guid Version { get; set; }

    public bool? Ratified { get; set; }

    public DateOnly? On { get; set; }

    public string? Notes { get; set; }
}

public sealed class RatificationFormValidator : AbstractValidator<RatificationForm>
{
    public RatificationFormValidator()
    {
        RuleFor(f => f.Ratified).NotNull().WithMessage("Choose whether the committee ratified the decision.");
        RuleFor(f => f.On).NotNull().WithMessage("Enter the date of the committee's meeting.");
        RuleFor(f => f.Notes).MaximumLength(Domain.Boards.UrgentDecision.TextLength);
    }
}

/// <summary>The committee's ratification of a chair's urgent decision, recorded once by the governance professional (<c>RecordCommitteeDecisions</c>).</summary>
public sealed class RatifyUrgentDecisionHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    /// <summary>The board the decision is for (the page shown again), or null when it is not in the trust.</summary>
    public Task<Guid?> BoardOfAsync(Guid decisionId, CancellationToken ct) =>
        db.UrgentDecisions.Where(d => d.Id == decisionId).Select(d => (Guid?)d.BoardId).SingleOrDefaultAsync(ct);

    public async Task<CommandResult> HandleAsync(Guid decisionId, RatificationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var decision = await db.UrgentDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, ct);
        return await db.ChangeAsync(decision, form.Version, d =>
        {
            d.RecordRatification(form.Ratified!.Value, form.On!.Value, clock.Today(), form.Notes, trust.UserId!.Value);
            return Task.CompletedTask;
        }, d => d.BoardId, ct);
    }
}
