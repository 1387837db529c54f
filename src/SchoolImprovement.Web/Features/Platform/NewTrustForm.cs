using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Platform;

public sealed class NewTrustForm
{
    [Display(Name = "Trust name")] public string TrustName { get; set; } = "";
    [Display(Name = "Start from the policy of")] public string PolicyTemplate { get; set; } = "";
    [Display(Name = "Administrator's full name")] public string AdministratorName { get; set; } = "";
    [Display(Name = "Administrator's email address")] public string AdministratorEmail { get; set; } = "";
}

public sealed class NewTrustFormValidator : AbstractValidator<NewTrustForm>
{
    public NewTrustFormValidator()
    {
        RuleFor(f => f.TrustName).NotEmpty().WithMessage("Enter the trust's name.").MaximumLength(200);
        RuleFor(f => f.PolicyTemplate).Must(PolicyTemplates.Names.Contains).WithMessage("Choose a starting policy.");
        RuleFor(f => f.AdministratorName).NotEmpty().WithMessage("Enter the administrator's name.");
        RuleFor(f => f.AdministratorEmail).NotEmpty().EmailAddress().WithMessage("Enter the administrator's email address.");
    }
}
