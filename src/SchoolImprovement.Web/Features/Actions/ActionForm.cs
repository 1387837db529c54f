using FluentValidation;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>What, who and when of an action: the form for adding one and for editing one.</summary>
public sealed class ActionForm : IVersionedForm
{
    public Guid Version { get; set; }
    public string Title { get; set; } = "";
    public string? OwnerRole { get; set; }
    public Guid? OwnerUserId { get; set; }
    public DateOnly? DueOn { get; set; }
}

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

/// <summary>The fields of <see cref="ActionForm"/> with the people who may own an action (the partial _ActionFields).</summary>
public sealed record ActionFields(ActionForm Form, IReadOnlyList<PersonOption> People);
