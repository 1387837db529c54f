using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Infrastructure.Persistence.Interceptors;

/// <summary>
/// A published <see cref="CommitteePack"/> is an immutable snapshot (issue 12): besides having no setters, a save that
/// would modify or delete one is refused here, before anything is written, so a pack's content and hash stay what
/// trustees were sent. A correction is a new row (<see cref="CommitteePack.Correct"/>). Bulk ExecuteUpdate/ExecuteDelete
/// bypass interceptors; nothing in the portal uses them on packs.
/// </summary>
public sealed class CommitteePackImmutabilityInterceptor : SaveChangesInterceptor
{
    /// <summary>The interceptor holds no state: one instance serves every context.</summary>
    public static readonly CommitteePackImmutabilityInterceptor Instance = new();

    public const string Refusal = "A published committee pack cannot be changed or deleted: publish a correction as a new version.";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        if (context.ChangeTracker.Entries<CommitteePack>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(Refusal);
        }
    }
}
