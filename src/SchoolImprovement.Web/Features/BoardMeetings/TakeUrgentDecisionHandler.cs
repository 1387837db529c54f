using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class UrgentDecisionForm
{
    public string? Text { get; set; }

    public DateOnly? DecidedOn { get; set; }
}

public sealed class UrgentDecisionFormValidator : AbstractValidator<UrgentDecisionForm>
{
    public UrgentDecisionFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Write the decision the chair made.")
            .MaximumLength(UrgentDecision.TextLength).WithMessage($"The decision can be at most {UrgentDecision.TextLength:N0} characters.");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("Enter the date of the decision.");
    }
}

/// <summary>
/// The chair records an urgent decision between meetings (Appendix 1 §2.1); it awaits the committee's ratification.
/// Refused for anyone but the board's chair (the domain's rule), whatever role they hold.
/// </summary>
public sealed class TakeUrgentDecisionHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid boardId, UrgentDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var board = await db.Boards.AsNoTracking().Include(b => b.Members).Include(b => b.Extensions).SingleOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(() =>
        {
            var decision = UrgentDecision.Take(board, form.Text, form.DecidedOn!.Value, clock.Today(), trust.UserId!.Value, clock.GetUtcNow());
            db.UrgentDecisions.Add(decision);
            return decision.Id;
        }, ct);
    }
}
