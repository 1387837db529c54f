using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Turns a second factor on directly, for tests about the sign-in steps rather than enrolment.</summary>
public static class SecondFactors
{
    /// <summary>Gives the person an authenticator key and ten recovery codes, which it returns.</summary>
    public static async Task<IReadOnlyList<string>> TurnOnSecondFactorAsync(this PortalFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    public static async Task<int> RecoveryCodesLeftAsync(this PortalFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.CountRecoveryCodesAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}."));
    }
}
