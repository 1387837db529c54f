using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>A signed-in person changing their password. Passwords are used exactly as typed (never trimmed) and never shown back.</summary>
public sealed class ChangePasswordForm
{
    [Display(Name = "Current password")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Display(Name = "Confirm new password")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public const string SameAsCurrent = "Choose a new password that is different from your current one.";

    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Enter a new password.")
            .NotEqual(f => f.CurrentPassword, StringComparer.Ordinal).WithMessage(SameAsCurrent);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword, StringComparer.Ordinal).WithMessage("The two new passwords do not match.");
    }
}
