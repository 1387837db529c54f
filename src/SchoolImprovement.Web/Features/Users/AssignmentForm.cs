using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>A new tie between a person and a school.</summary>
public sealed class AssignmentForm
{
    [Display(Name = "School")] public Guid SchoolId { get; set; }
    [Display(Name = "Assignment")] public AssignmentKind Kind { get; set; }
}

public sealed class AssignmentFormValidator : AbstractValidator<AssignmentForm>
{
    public AssignmentFormValidator()
    {
        RuleFor(f => f.SchoolId).NotEmpty().WithMessage("Choose a school.");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Choose an assignment.");
    }
}
