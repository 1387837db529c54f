using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>A person's name, email address and roles (adding a user, editing one).</summary>
public sealed class UserForm
{
    [Display(Name = "Full name")] public string DisplayName { get; set; } = "";
    [Display(Name = "Email address")] public string Email { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's full name.").MaximumLength(200);
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the person's email address.").EmailAddress().WithMessage("Enter an email address like name@school.org.uk.").MaximumLength(256);
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Choose at least one role.");
        RuleForEach(f => f.Roles).Must(TrustRole.IsTrustRole).WithMessage("Choose roles from the list.");
    }
}
