using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Security.Sessions;

/// <summary>
/// Removes this instance's kept session checks (<see cref="SessionCheckCache"/>) when a session ends
/// or a person's security stamp or activation changes here, so the next request of that session
/// reads the database. Everything that changes a stamp goes through Identity's user store and so
/// through SaveChanges, which this interceptor watches; session rows are ended by
/// <see cref="UserSessions"/>, which calls <see cref="ForgetSession"/> and <see cref="ForgetUser"/>.
/// A change saved inside a command's transaction is not yet visible to other requests; a request
/// reading between the save and the commit could keep the old state, so the kept state is removed
/// again when this request's response starts (after the command committed).
/// </summary>
public sealed class SessionCheckInvalidation(SessionCheckCache cache, IHttpContextAccessor http) : SaveChangesInterceptor
{
    private const string PendingItem = "sessions.forget";

    public void ForgetSession(Guid sessionId)
    {
        cache.Forget(sessionId);
        AgainWhenResponding(() => cache.Forget(sessionId));
    }

    public void ForgetUser(Guid userId)
    {
        cache.ForgetUser(userId);
        AgainWhenResponding(() => cache.ForgetUser(userId));
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ForgetChangedUsers(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ForgetChangedUsers(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Before the save as well as after the response starts: removing too often costs one query, never a wrong answer.</summary>
    private void ForgetChangedUsers(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<PortalUser>())
        {
            if (entry.State == EntityState.Deleted
                || (entry.State == EntityState.Modified
                    && (entry.Property(u => u.SecurityStamp).IsModified || entry.Property(u => u.IsActive).IsModified)))
            {
                ForgetUser(entry.Entity.Id);
            }
        }
    }

    private void AgainWhenResponding(Action forget)
    {
        var context = http.HttpContext;
        if (context is null || context.Response.HasStarted)
        {
            return;
        }

        // One callback per request however many removals: each is cheap and idempotent.
        if (context.Items[PendingItem] is not List<Action> pending)
        {
            pending = [];
            context.Items[PendingItem] = pending;
            context.Response.OnStarting(() =>
            {
                pending.ForEach(f => f());
                return Task.CompletedTask;
            });
        }

        pending.Add(forget);
    }

    /// <summary>Adds the interceptor to every <see cref="PortalDbContext"/>, beside the ones persistence registers.</summary>
    public sealed class Registration : IDbContextOptionsConfiguration<PortalDbContext>
    {
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder?.AddInterceptors(serviceProvider.GetRequiredService<SessionCheckInvalidation>());
    }
}
