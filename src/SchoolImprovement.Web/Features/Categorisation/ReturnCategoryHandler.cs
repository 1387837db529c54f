using System.Security.Claims;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>The Director of Learning returns a proposal to the officer with a reason.</summary>
public sealed class ReturnCategoryHandler(PortalDbContext db, TimeProvider clock)
{
    public Task<CommandResult> HandleAsync(ClaimsPrincipal user, Guid id, DecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeCategorisationAsync(id, form.Version, record =>
        {
            record.Return(user.Id(), form.Reason ?? "", clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);
    }
}
