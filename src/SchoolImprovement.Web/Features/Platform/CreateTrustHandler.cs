using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>
/// Creates a trust with its policy profile and first trust administrator, all or nothing. The
/// trust is entered explicitly (a trust scope) to write its profile, as background work does.
/// </summary>
public sealed class CreateTrustHandler(PortalDbContext db, UserManager<PortalUser> users, IServiceProvider services, TimeProvider clock)
{
    public const string NameTaken = "A trust with this name already exists.";

    public async Task<CommandResult> HandleAsync(NewTrustForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.Trusts.AnyAsync(t => t.Name == form.TrustName.Trim(), ct))
        {
            return CommandResult.Refuse(NameTaken);
        }

        var trust = new Trust(form.TrustName, clock.GetUtcNow());
        var admin = new PortalUser { UserName = form.AdministratorEmail.Trim(), Email = form.AdministratorEmail.Trim(), EmailConfirmed = true, DisplayName = form.AdministratorName.Trim(), TrustId = trust.Id, CreatedAt = clock.GetUtcNow() };

        // Every password rule at once, before anything is written.
        var passwordProblems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            passwordProblems.AddRange((await validator.ValidateAsync(users, admin, form.AdministratorPassword)).Errors.Select(e => e.Description));
        }

        if (passwordProblems.Count > 0)
        {
            return CommandResult.Refuse(passwordProblems);
        }

        await using var trustScope = services.CreateTrustScope(trust.Id, "platform administration");
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var trustUsers = trustScope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await trustDb.SaveIdentityCommandAsync(async () =>
        {
            trustDb.Trusts.Add(trust);
            trustDb.PolicyProfiles.Add(new PolicyProfile(PolicyTemplates.ByName(form.PolicyTemplate)));
            await trustDb.SaveChangesAsync(ct);
            await trustUsers.CreateAsync(admin, form.AdministratorPassword).OrRefuse();
            await trustUsers.AddToRoleAsync(admin, TrustRole.TrustAdministrator).OrRefuse();
            return trust.Id;
        }, ct);
    }
}
