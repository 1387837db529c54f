using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.RoleRequests;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>
/// The platform administrator approves or refuses any trust's role request, so that a trust with a
/// single administrator can get its first CEO or second administrator. The request's trust is
/// entered in a scope of its own, as the platform administrator (their id and name), and the
/// trust's own decision (<see cref="RoleRequestDecisionHandler.DecideAsAsync"/>) runs there: the
/// same rules (never their own request, never one about themselves), the same changes (role,
/// security stamp, sessions ended), the trust's audit trail crediting the platform administrator,
/// and the same security event.
/// </summary>
public sealed class PlatformRoleRequestDecisionHandler(PlatformRoleRequestQueries requests, IServiceProvider services, TrustContext current, UserManager<PortalUser> users)
{
    /// <summary>How the platform administrator is named in a trust's audit trail.</summary>
    public const string ActorSuffix = " (platform administrator)";

    public Task<CommandResult> ApproveAsync(Guid requestId, CancellationToken ct) => DecideAsync(requestId, approve: true, ct);

    public Task<CommandResult> RefuseAsync(Guid requestId, CancellationToken ct) => DecideAsync(requestId, approve: false, ct);

    private async Task<CommandResult> DecideAsync(Guid requestId, bool approve, CancellationToken ct)
    {
        if (current.UserId is not { } me || await users.FindByIdAsync(me.ToString()) is not { TrustId: null } administrator)
        {
            return CommandResult.NotAllowed;
        }

        var roles = await users.GetRolesAsync(administrator);
        if (await requests.TrustOfAsync(requestId, ct) is not { } trustId)
        {
            return CommandResult.Missing;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trustId, me, ActorName(current.ActorName));
        var decision = scope.ServiceProvider.GetRequiredService<RoleRequestDecisionHandler>();

        return await decision.DecideAsAsync(requestId, me, roles, approve, ct);
    }

    /// <summary>The sign-in name with <see cref="ActorSuffix"/>, within the audit trail's 256 characters.</summary>
    public static string ActorName(string signInName)
    {
        ArgumentNullException.ThrowIfNull(signInName);
        const int max = 256;
        return (signInName.Length + ActorSuffix.Length > max ? signInName[..(max - ActorSuffix.Length)] : signInName) + ActorSuffix;
    }
}
