using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>Proof that the person at the keyboard owns the account: their password and a current code from their app.</summary>
public sealed class SecurityCheckForm
{
    [Display(Name = "Your password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";
}

public sealed class SecurityCheckFormValidator : AbstractValidator<SecurityCheckForm>
{
    public SecurityCheckFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.");
    }
}
