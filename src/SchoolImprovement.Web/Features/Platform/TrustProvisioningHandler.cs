using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.Platform;

public sealed class NewTrustForm
{
    [Display(Name = "Trust name")] public string TrustName { get; set; } = "";
    [Display(Name = "Start from the policy of")] public string PolicyTemplate { get; set; } = "";
    [Display(Name = "Administrator's full name")] public string AdministratorName { get; set; } = "";
    [Display(Name = "Administrator's email address")] public string AdministratorEmail { get; set; } = "";
    [Display(Name = "Administrator's first password")] public string AdministratorPassword { get; set; } = "";
}

public sealed class NewTrustFormValidator : AbstractValidator<NewTrustForm>
{
    public NewTrustFormValidator()
    {
        RuleFor(f => f.TrustName).NotEmpty().WithMessage("Enter the trust's name.").MaximumLength(200);
        RuleFor(f => f.PolicyTemplate).Must(PolicyTemplates.Names.Contains).WithMessage("Choose a starting policy.");
        RuleFor(f => f.AdministratorName).NotEmpty().WithMessage("Enter the administrator's name.");
        RuleFor(f => f.AdministratorEmail).NotEmpty().EmailAddress().WithMessage("Enter the administrator's email address.");
        RuleFor(f => f.AdministratorPassword).NotEmpty().WithMessage("Enter a first password.");
    }
}

public sealed record TrustRow(Guid Id, string Name, DateTimeOffset CreatedAt, int Users);

/// <summary>
/// Creates a trust with its policy profile and first trust administrator. The trust is entered
/// explicitly (a trust scope) to write its profile, as background work does.
/// </summary>
public sealed class TrustProvisioningHandler(PortalDbContext db, UserManager<PortalUser> users, IServiceProvider services, TimeProvider clock)
{
    public async Task<IReadOnlyList<TrustRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Trusts.OrderBy(t => t.Name)
            .Select(t => new TrustRow(t.Id, t.Name, t.CreatedAt, db.Users.Count(u => u.TrustId == t.Id)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> CreateAsync(NewTrustForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.Trusts.AnyAsync(t => t.Name == form.TrustName.Trim(), cancellationToken))
        {
            return ["A trust with this name already exists."];
        }

        var trust = new Trust(form.TrustName, clock.GetUtcNow());
        var admin = new PortalUser { UserName = form.AdministratorEmail.Trim(), Email = form.AdministratorEmail.Trim(), EmailConfirmed = true, DisplayName = form.AdministratorName.Trim(), TrustId = trust.Id, CreatedAt = clock.GetUtcNow() };
        var passwordProblems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, admin, form.AdministratorPassword);
            passwordProblems.AddRange(check.Errors.Select(e => e.Description));
        }

        if (passwordProblems.Count > 0)
        {
            return passwordProblems;
        }

        // All or nothing, inside the new trust (as background work enters a trust): the trust, its
        // policy profile, its administrator and their role commit together.
        await using var trustScope = services.CreateTrustScope(trust.Id, "platform administration");
        var trustDb = trustScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var trustUsers = trustScope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await using var transaction = await trustDb.Database.BeginTransactionAsync(cancellationToken);
        trustDb.Trusts.Add(trust);
        trustDb.PolicyProfiles.Add(new PolicyProfile(PolicyTemplates.ByName(form.PolicyTemplate)));
        await trustDb.SaveChangesAsync(cancellationToken);
        var created = await trustUsers.CreateAsync(admin, form.AdministratorPassword);
        if (created.Succeeded)
        {
            created = await trustUsers.AddToRoleAsync(admin, TrustRole.TrustAdministrator);
        }

        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => e.Description)];
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
