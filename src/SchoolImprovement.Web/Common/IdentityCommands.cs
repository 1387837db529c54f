using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Common;

/// <summary>
/// The one place where ASP.NET Core Identity's answers become a <see cref="CommandResult"/>, as
/// <see cref="CommandSaving"/> is for EF saves. Identity operations (UserManager) save as they go,
/// so a command made of several runs in one transaction: <c>await users.CreateAsync(user).OrRefuse()</c>
/// stops at the first failed <see cref="IdentityResult"/>, everything is rolled back, and its errors
/// are the refusal's problems; a <see cref="DomainException"/> is refused the same way.
/// </summary>
public static class IdentityCommands
{
    /// <summary>Runs <paramref name="change"/> (returning the id of what it made or changed) in one transaction and commits it.</summary>
    /// <param name="describe">Rewords an Identity error for the user (e.g. an expired token); its own description otherwise.</param>
    public static async Task<CommandResult> SaveIdentityCommandAsync(this PortalDbContext db, Func<Task<Guid>> change, CancellationToken ct, Func<IdentityError, string>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var id = await change();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult.Success(id);
        }
        catch (IdentityRefusal refusal)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return CommandResult.Refuse(refusal.Errors.Select(e => describe?.Invoke(e) ?? e.Description).Distinct());
        }
        catch (DomainException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return CommandResult.Refuse(e.Message);
        }
    }

    /// <summary>Continues when Identity succeeded; otherwise stops the command, which is refused with Identity's errors.</summary>
    public static async Task OrRefuse(this Task<IdentityResult> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new IdentityRefusal([.. result.Errors]);
        }
    }

    /// <summary>Stops the command with a refusal written for the user (a wrong password, a wrong code).</summary>
    public static Exception Refusal(string problem) => new IdentityRefusal([new IdentityError { Code = "Refused", Description = problem }]);

    private sealed class IdentityRefusal(IReadOnlyList<IdentityError> errors) : Exception(string.Join(" ", errors.Select(e => e.Description)))
    {
        public IReadOnlyList<IdentityError> Errors { get; } = errors;
    }
}
