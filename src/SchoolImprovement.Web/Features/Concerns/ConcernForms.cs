using FluentValidation;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>The CEO's decision on a recommendation: reasons (required to decline), and the confirmation a decline asks for.</summary>
public sealed class ConcernDecisionForm : IVersionedForm
{
    public Guid Version { get; set; }

    public string? Reasons { get; set; }

    /// <summary>Ticked to confirm the decline (the recommendation is closed for good).</summary>
    public bool Confirm { get; set; }
}

public sealed class ConcernDecisionFormValidator : AbstractValidator<ConcernDecisionForm>
{
    public ConcernDecisionFormValidator() =>
        RuleFor(f => f.Reasons).MaximumLength(ConcernCase.TextLength).WithMessage($"The reasons can be at most {ConcernCase.TextLength:N0} characters.");
}

/// <summary>The CEO's recommendation that the school exits, with reasons and a confirmation.</summary>
public sealed class ConcernExitForm : IVersionedForm
{
    public Guid Version { get; set; }

    public string? Reasons { get; set; }

    public bool Confirm { get; set; }
}

public sealed class ConcernExitFormValidator : AbstractValidator<ConcernExitForm>
{
    public ConcernExitFormValidator()
    {
        RuleFor(f => f.Reasons).NotEmpty().WithMessage("Give the reasons for recommending exit.")
            .MaximumLength(ConcernCase.TextLength).WithMessage($"The reasons can be at most {ConcernCase.TextLength:N0} characters.");
        RuleFor(f => f.Confirm).Equal(true).WithMessage("Confirm that you recommend the school's exit to the committee.");
    }
}

/// <summary>The committee's decision on a recommended exit, as the governance professional records it.</summary>
public sealed class ConcernExitDecisionForm : IVersionedForm
{
    public Guid Version { get; set; }

    public bool? Accepted { get; set; }

    public string? Notes { get; set; }
}

public sealed class ConcernExitDecisionFormValidator : AbstractValidator<ConcernExitDecisionForm>
{
    public ConcernExitDecisionFormValidator()
    {
        RuleFor(f => f.Accepted).NotNull().WithMessage("Choose the committee's decision: accepted or rejected.");
        RuleFor(f => f.Notes).MaximumLength(ConcernCase.TextLength).WithMessage($"The notes can be at most {ConcernCase.TextLength:N0} characters.");
    }
}

/// <summary>The day the Education and Standards Committee was informed of the designation.</summary>
public sealed class CommitteeInformedForm : IVersionedForm
{
    public Guid Version { get; set; }

    public DateOnly? InformedOn { get; set; }
}

public sealed class CommitteeInformedFormValidator : AbstractValidator<CommitteeInformedForm>
{
    public CommitteeInformedFormValidator() =>
        RuleFor(f => f.InformedOn).NotNull().WithMessage("Enter the date the committee was informed.");
}

/// <summary>A request for external support: its purpose, the provider and the cost in pounds.</summary>
public sealed class ExternalSupportForm
{
    public string? Purpose { get; set; }

    public string? Provider { get; set; }

    public decimal? Cost { get; set; }
}

public sealed class ExternalSupportFormValidator : AbstractValidator<ExternalSupportForm>
{
    public ExternalSupportFormValidator()
    {
        RuleFor(f => f.Purpose).NotEmpty().WithMessage("Give the purpose of the external support.")
            .MaximumLength(ExternalSupportRequest.PurposeLength).WithMessage($"The purpose can be at most {ExternalSupportRequest.PurposeLength:N0} characters.");
        RuleFor(f => f.Provider).MaximumLength(ExternalSupportRequest.ProviderLength).WithMessage($"The provider can be at most {ExternalSupportRequest.ProviderLength} characters.");
        RuleFor(f => f.Cost).NotNull().WithMessage("Give the cost of the external support.");
    }
}

/// <summary>The CEO's decision on a request for external support.</summary>
public sealed class ExternalSupportDecisionForm : IVersionedForm
{
    public Guid Version { get; set; }

    public bool? Approved { get; set; }

    public string? Notes { get; set; }
}

public sealed class ExternalSupportDecisionFormValidator : AbstractValidator<ExternalSupportDecisionForm>
{
    public ExternalSupportDecisionFormValidator()
    {
        RuleFor(f => f.Approved).NotNull().WithMessage("Choose approve or decline.");
        RuleFor(f => f.Notes).MaximumLength(ExternalSupportRequest.NotesLength).WithMessage($"The notes can be at most {ExternalSupportRequest.NotesLength:N0} characters.");
    }
}
