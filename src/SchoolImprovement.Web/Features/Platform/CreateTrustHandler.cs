using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Features.Platform;

/// <summary>
/// Creates a trust with its policy profile and first trust administrator, all or nothing. The
/// trust is entered explicitly (a trust scope) to write its profile, as background work does.
/// The administrator has no password until they choose one from the emailed invitation link
/// (<see cref="AccountEmails.SendInvitationAsync"/>): the platform administrator never knows it.
/// </summary>
public sealed class CreateTrustHandler(PortalDbContext db, IServiceProvider services, TimeProvider clock, AccountEmails emails)
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
        // No password: the platform administrator never chooses it. The administrator chooses their own from the invitation link.
        var admin = new PortalUser { UserName = form.AdministratorEmail.Trim(), Email = form.AdministratorEmail.Trim(), EmailConfirmed = true, DisplayName = form.AdministratorName.Trim(), TrustId = trust.Id, CreatedAt = clock.GetUtcNow() };

        await using var trustScope = services.CreateTrustScope(trust.Id, "platform administration");
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var trustUsers = trustScope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await trustDb.SaveIdentityCommandAsync(async () =>
        {
            trustDb.Trusts.Add(trust);
            trustDb.PolicyProfiles.Add(new PolicyProfile(PolicyTemplates.ByName(form.PolicyTemplate)));
            trustDb.NationalComparators.AddRange(NationalFigures.Create()); // the published national figures; the trust administrator keeps them from here
            await trustDb.SaveChangesAsync(ct);
            await trustUsers.CreateAsync(admin).OrRefuse();
            await trustUsers.AddToRoleAsync(admin, TrustRole.TrustAdministrator).OrRefuse();
            return trust.Id;
        }, ct);
        if (result is CommandResult.Done)
        {
            await emails.SendInvitationAsync(admin, ct);
        }

        return result;
    }
}
