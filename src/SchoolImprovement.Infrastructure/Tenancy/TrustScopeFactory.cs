using Microsoft.Extensions.DependencyInjection;

namespace SchoolImprovement.Infrastructure.Tenancy;

/// <summary>Background work enters a trust explicitly: a new scope with that trust, before any DbContext is resolved.</summary>
public static class TrustScopeFactory
{
    public static AsyncServiceScope CreateTrustScope(this IServiceProvider services, Guid trustId, string actorName = TrustContext.SystemActor)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, null, actorName);
        return scope;
    }
}
