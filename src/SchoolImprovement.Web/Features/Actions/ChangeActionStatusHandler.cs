using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

public enum StatusChange
{
    Start = 1,
    Complete = 2,
    Drop = 3,
    Reopen = 4,
}

public sealed class StatusForm : IVersionedForm
{
    public Guid Version { get; set; }
    public StatusChange Change { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The improvement team starts, completes, drops (with a reason) or reopens an action.</summary>
public sealed class ChangeActionStatusHandler(PortalDbContext db)
{
    public Task<CommandResult> HandleAsync(Guid id, StatusForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeActionAsync(id, form.Version, action =>
        {
            switch (form.Change)
            {
                case StatusChange.Start: action.Start(); break;
                case StatusChange.Complete: action.Complete(); break;
                case StatusChange.Drop: action.Drop(form.Reason ?? ""); break;
                case StatusChange.Reopen: action.Reopen(); break;
                default: throw new DomainException("Choose what to do with the action.");
            }

            return Task.CompletedTask;
        }, ct);
    }
}
