using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Actions;

namespace SchoolImprovement.Web.Features.Actions;

public sealed class ActionForm
{
    public Guid Version { get; set; }
    [Display(Name = "Action")] public string Title { get; set; } = "";
    [Display(Name = "Owner (role)")] public string? OwnerRole { get; set; }
    [Display(Name = "Owner (person)")] public Guid? OwnerUserId { get; set; }
    [Display(Name = "Due by")] public DateOnly? DueOn { get; set; }
}

public enum StatusChange
{
    Start = 1,
    Complete = 2,
    Drop = 3,
    Reopen = 4,
}

public sealed class StatusForm
{
    public Guid Version { get; set; }
    public StatusChange Change { get; set; }
    [Display(Name = "Why is it being dropped?")] public string? Reason { get; set; }
}

public sealed class ImpactForm
{
    public Guid Version { get; set; }
    [Display(Name = "Evidence of impact")] public string Evidence { get; set; } = "";
}

public sealed record ActionListQuery(string? Status, ActionSource? Source, string? OwnerRole, string? Phase, string? LocalAuthority, Guid? Officer, Guid? School, int Page = 1);

public sealed class ActionFormValidator : AbstractValidator<ActionForm>
{
    public ActionFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Describe the action.").MaximumLength(1000);
        RuleFor(f => f.DueOn).NotNull().WithMessage("Enter the date the action is due by.");
        RuleFor(f => f).Must(f => !string.IsNullOrWhiteSpace(f.OwnerRole) || f.OwnerUserId is not null)
            .WithName(nameof(ActionForm.OwnerRole)).WithMessage("Choose an owner: a role, a person or both.");
    }
}

public sealed class ImpactFormValidator : AbstractValidator<ImpactForm>
{
    public ImpactFormValidator() => RuleFor(f => f.Evidence).NotEmpty().WithMessage("Describe the evidence of impact.").MaximumLength(4000);
}
