using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>
/// The Director of Learning confirms a proposal (never their own), and confirming creates the
/// school's action plan from the category's standard responses (or the tailored plan) in the same save.
/// </summary>
public sealed class ConfirmCategoryHandler(PortalDbContext db, TimeProvider clock)
{
    public Task<CommandResult> HandleAsync(ClaimsPrincipal user, Guid id, DecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        return db.ChangeCategorisationAsync(id, form.Version, async record =>
        {
            var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == record.SchoolId, ct);
            school.EnsureOpenFor("categorised");
            var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
            var now = clock.GetUtcNow();
            record.Confirm(user.Id(), now);
            var category = profile.Category(record.Category)
                ?? throw new DomainException($"The category '{record.Category}' is no longer in the trust's scheme; return the proposal instead.");
            db.Actions.AddRange(ActionPlan.FromStandardResponses(record, category, clock.Today(), now));
        }, ct);
    }
}
