using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>A new person choosing their first password from the invitation link. The password is used exactly as typed and never shown back.</summary>
public sealed class AcceptInvitationForm
{
    public string Email { get; set; } = "";
    public string Token { get; set; } = "";

    [Display(Name = "Choose a password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Confirm your password")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Choose a password.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password, StringComparer.Ordinal).WithMessage("The two passwords do not match.");
    }
}

/// <summary>An invitation link that has expired or was already used, with a way to ask for a new one.</summary>
public sealed record InvitationExpiredPage(string Email);
