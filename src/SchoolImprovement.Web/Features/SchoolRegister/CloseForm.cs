using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SchoolRegister;

public sealed class CloseForm
{
    [Display(Name = "Date the school closed or left the trust")] public DateOnly? ClosedOn { get; set; }
}

public sealed class CloseFormValidator : AbstractValidator<CloseForm>
{
    public CloseFormValidator() =>
        RuleFor(f => f.ClosedOn).NotNull().WithMessage("Enter the date the school closed or left the trust.");
}
