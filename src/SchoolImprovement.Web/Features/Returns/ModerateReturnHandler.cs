using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Returns;

public sealed class ModerationForm : IVersionedForm
{
    public Guid Version { get; set; }
    public ModerationOutcome? Outcome { get; set; }
    public string? Notes { get; set; }
}

public sealed class ModerationFormValidator : AbstractValidator<ModerationForm>
{
    public ModerationFormValidator()
    {
        RuleFor(f => f.Outcome).NotNull().IsInEnum().WithMessage("Choose moderated or changes needed.");
        RuleFor(f => f.Notes).MaximumLength(ReturnVersion.CommentsLength);
    }
}

/// <summary>Vine §4: "The DOL will also moderate all school improvement plans": moderated, or changes needed with notes. SIPs only (the version refuses a SEF).</summary>
public sealed class ModerateReturnHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid id, ModerationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.ChangeAsync(await db.ReturnVersions.SingleOrDefaultAsync(v => v.Id == id, ct), form.Version, v =>
        {
            v.Moderate(form.Outcome!.Value, form.Notes, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, v => v.Id, ct);
    }
}
