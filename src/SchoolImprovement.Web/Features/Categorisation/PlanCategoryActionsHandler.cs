using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

public sealed class PlanForm : IVersionedForm
{
    public Guid Version { get; set; }
    public string? Actions { get; set; }
}

/// <summary>
/// The linked officer (or the Director of Learning) tailors a proposal's action plan before it is
/// confirmed. Who may is declared on the controller (<see cref="SchoolRelation.LinkedOfficer"/>).
/// </summary>
public sealed class PlanCategoryActionsHandler(PortalDbContext db)
{
    public Task<CommandResult> HandleAsync(Guid id, PlanForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeCategorisationAsync(id, form.Version, record =>
        {
            record.PlanActions((form.Actions ?? "").Split('\n'));
            return Task.CompletedTask;
        }, ct);
    }
}
