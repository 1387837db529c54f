using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Policy;

public abstract record PolicySaveResult
{
    public sealed record Saved : PolicySaveResult;

    public sealed record Refused(IReadOnlyList<string> Problems) : PolicySaveResult;

    /// <summary>Someone saved the profile since the form was loaded: their values, to show beside the user's kept input.</summary>
    public sealed record Conflict(PolicyForm Current) : PolicySaveResult;
}

/// <summary>Reads and revises the trust's policy profile, detecting edits that crossed.</summary>
public sealed class PolicyProfileHandler(PortalDbContext db)
{
    public Task<PolicyProfile?> CurrentAsync(CancellationToken cancellationToken) =>
        db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    public async Task<PolicySaveResult> SaveAsync(PolicyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var content = form.ToContent();
        var problems = content.Problems();
        if (problems.Count > 0)
        {
            return new PolicySaveResult.Refused(problems);
        }

        var profile = await db.PolicyProfiles.SingleAsync(cancellationToken);
        db.Entry(profile).Property(p => p.Version).OriginalValue = form.Version;
        try
        {
            profile.Revise(content);
            await db.SaveChangesAsync(cancellationToken);
            return new PolicySaveResult.Saved();
        }
        catch (DomainException e)
        {
            return new PolicySaveResult.Refused([e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.PolicyProfiles.AsNoTracking().SingleAsync(cancellationToken);
            return new PolicySaveResult.Conflict(PolicyForm.From(current));
        }
    }
}
