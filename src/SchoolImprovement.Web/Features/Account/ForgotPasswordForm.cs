using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace SchoolImprovement.Web.Features.Account;

public sealed class ForgotPasswordForm
{
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator() =>
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.").EmailAddress().WithMessage("Enter an email address like name@school.org.uk.");
}

/// <summary>"Check your email": how long the link works.</summary>
public sealed record ForgotPasswordSentPage(string LinkLifetime);
