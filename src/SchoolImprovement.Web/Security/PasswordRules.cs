using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

/// <summary>At least 12 characters, no composition rules, long passphrases welcome (up to 128).</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
}

public sealed class MaximumLengthPasswordValidator : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > PasswordRules.MaximumLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {PasswordRules.MaximumLength} characters." })
            : IdentityResult.Success);
}
