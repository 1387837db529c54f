using FluentValidation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

public sealed class ImpactForm : IVersionedForm
{
    public Guid Version { get; set; }
    public string Evidence { get; set; } = "";
}

public sealed class ImpactFormValidator : AbstractValidator<ImpactForm>
{
    public ImpactFormValidator() => RuleFor(f => f.Evidence).NotEmpty().WithMessage("Describe the evidence of impact.").MaximumLength(4000);
}

/// <summary>
/// The school's headteacher (or the improvement team) writes the evidence of an action's impact.
/// Who may is declared on the controller (<see cref="SchoolRelation.Headteacher"/>), checked before this runs.
/// </summary>
public sealed class RecordImpactHandler(PortalDbContext db)
{
    public Task<CommandResult> HandleAsync(Guid id, ImpactForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeActionAsync(id, form.Version, action =>
        {
            action.RecordImpact(form.Evidence);
            return Task.CompletedTask;
        }, ct);
    }
}
