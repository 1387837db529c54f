using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>Withdrawal, confirmed: the school is not joining. The assessment stays on record.</summary>
public sealed class WithdrawDueDiligenceForm : IVersionedForm
{
    public Guid Version { get; set; }

    /// <summary>Ticked to confirm: a withdrawn assessment cannot be changed or completed.</summary>
    public bool Confirm { get; set; }
}

public sealed class WithdrawDueDiligenceFormValidator : AbstractValidator<WithdrawDueDiligenceForm>
{
    public WithdrawDueDiligenceFormValidator() =>
        RuleFor(f => f.Confirm).Equal(true).WithMessage("Tick to confirm the withdrawal: it cannot be undone.");
}

public sealed record WithdrawDueDiligencePage(Guid Id, string SchoolName, bool IsInProgress, WithdrawDueDiligenceForm Form);

/// <summary>A due diligence lead withdraws due diligence on a school that is not joining, after confirming.</summary>
public sealed class WithdrawDueDiligenceHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<WithdrawDueDiligencePage?> PageAsync(Guid id, WithdrawDueDiligenceForm? kept, CancellationToken ct)
    {
        var a = await db.DueDiligenceAssessments.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.SchoolName, x.Status, x.Version }).SingleOrDefaultAsync(ct);
        return a is null ? null : new WithdrawDueDiligencePage(id, a.SchoolName, a.Status == Domain.DueDiligence.DueDiligenceStatus.InProgress, kept ?? new WithdrawDueDiligenceForm { Version = a.Version });
    }

    public async Task<CommandResult> HandleAsync(Guid id, WithdrawDueDiligenceForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var assessment = await db.DueDiligenceAssessments.SingleOrDefaultAsync(a => a.Id == id, ct);
        return await db.ChangeAsync(assessment, form.Version, a =>
        {
            var today = clock.Today();
            a.Withdraw(today, today);
            return Task.CompletedTask;
        }, a => a.Id, ct);
    }
}
