using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>The form that proves a new authenticator app: the sealed new key it was shown, and a code from the app.</summary>
public sealed class AuthenticatorSetupForm
{
    /// <summary>The new key, sealed (data protection) to this person and their security stamp, for 15 minutes.</summary>
    public string Ticket { get; set; } = "";

    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";

    /// <summary>
    /// Setting up a first app asks for the password again, so an unattended or stolen session cannot
    /// put its own app on the account (ASVS: re-authenticate before changing an authentication
    /// factor). Replacing an app asked for it, and a current code, in its first step.
    /// </summary>
    [Display(Name = "Your password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}

public sealed class AuthenticatorSetupFormValidator : AbstractValidator<AuthenticatorSetupForm>
{
    public AuthenticatorSetupFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.");
}
