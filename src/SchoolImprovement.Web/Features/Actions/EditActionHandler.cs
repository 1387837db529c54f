using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The improvement team edits what, who and when of an open action.</summary>
public sealed class EditActionHandler(PortalDbContext db, ActionOwnerQueries owners)
{
    public Task<CommandResult> HandleAsync(Guid id, ActionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeActionAsync(id, form.Version, async action =>
        {
            await owners.EnsureMayOwnAsync(form.OwnerUserId, ct);
            action.Revise(form.Title, form.OwnerRole, form.OwnerUserId, form.DueOn!.Value);
        }, ct);
    }
}
