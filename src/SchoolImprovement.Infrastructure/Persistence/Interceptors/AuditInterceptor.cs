using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every inserted, updated or deleted trust-owned row, with
/// each changed field's old and new value. The rows join the same SaveChanges, so they commit or
/// roll back with the change itself. A scope entered explicitly with no user (a platform
/// administrator's trust scope) is credited to the signed-in person around it, when there is one.
/// </summary>
public sealed class AuditInterceptor(TrustContext actor, TimeProvider clock, IActingPersonSource? acting = null) : SaveChangesInterceptor
{
    private const int MaxActorLength = 256;
    private static readonly HashSet<string> Unaudited = [nameof(ITrustOwned.TrustId), nameof(IVersioned.Version)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var (userId, actorName) = Actor();
        var entries = context.ChangeTracker.Entries<ITrustOwned>()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToAuditEntry(e, now, userId, actorName))
            .Where(a => a is not null)
            .ToList();
        context.AddRange(entries!);
    }

    /// <summary>The scope's user, else the signed-in person around an explicitly entered scope ("ada@platform.example (platform administration)").</summary>
    private (Guid? UserId, string Name) Actor()
    {
        if (actor.UserId is null && acting?.Current is { } person)
        {
            var name = actor.ActorName == TrustContext.SystemActor ? person.Name : $"{person.Name} ({actor.ActorName})";
            return (person.UserId, name.Length > MaxActorLength ? name[..MaxActorLength] : name);
        }

        return (actor.UserId, actor.ActorName);
    }

    private static AuditEntry? ToAuditEntry(EntityEntry entry, DateTimeOffset now, Guid? userId, string actorName)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !Unaudited.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey()))
        {
            var converter = property.Metadata.GetValueConverter();
            object? Shown(object? value) => value is null || converter is null ? value : converter.ConvertToProvider(value);

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[property.Metadata.Name] = [null, Shown(property.CurrentValue)];
                    break;
                case EntityState.Deleted:
                    changes[property.Metadata.Name] = [Shown(property.OriginalValue), null];
                    break;
                case EntityState.Modified when property.IsModified && !Equals(Shown(property.OriginalValue), Shown(property.CurrentValue)):
                    changes[property.Metadata.Name] = [Shown(property.OriginalValue), Shown(property.CurrentValue)];
                    break;
            }
        }

        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Inserted,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        return new AuditEntry(now, userId, actorName, entry.Metadata.ClrType.Name, key, action, JsonSerializer.Serialize(changes));
    }
}
