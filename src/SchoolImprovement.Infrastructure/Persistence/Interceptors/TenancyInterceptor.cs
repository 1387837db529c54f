using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Save-time tenancy: stamps the current trust on new trust-owned rows, and refuses any added,
/// modified or deleted row of another trust, a change of TrustId, or any trust-owned change
/// when no trust is set. Runs last, so it also stamps the audit rows.
/// </summary>
public sealed class TenancyInterceptor(TrustContext trust) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enforce(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Enforce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Enforce(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<ITrustOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var current = trust.TrustId
                ?? throw new TenancyViolationException($"Cannot save {entry.Metadata.ClrType.Name}: no trust is set for this scope.");
            var trustId = entry.Property(nameof(ITrustOwned.TrustId));

            if (entry.State == EntityState.Added)
            {
                if ((Guid)trustId.CurrentValue! != Guid.Empty && (Guid)trustId.CurrentValue! != current)
                {
                    throw new TenancyViolationException($"Cannot add {entry.Metadata.ClrType.Name} to another trust.");
                }

                trustId.CurrentValue = current;
                continue;
            }

            if ((Guid)trustId.OriginalValue! != current)
            {
                throw new TenancyViolationException($"Cannot change {entry.Metadata.ClrType.Name} of another trust.");
            }

            if (trustId.IsModified && (Guid)trustId.CurrentValue! != current)
            {
                throw new TenancyViolationException($"The trust of {entry.Metadata.ClrType.Name} cannot change.");
            }
        }
    }
}
