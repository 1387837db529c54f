using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Categorisation;

namespace SchoolImprovement.Web.Features.Categorisation;

public sealed class ProposalForm
{
    [Display(Name = "Proposed category")] public string Category { get; set; } = "";
    [Display(Name = "Rationale")] public string Rationale { get; set; } = "";
    public List<EvidenceForm> Evidence { get; set; } = [.. EvidenceSources.All.Select(s => new EvidenceForm { Source = s })];
}

public sealed class EvidenceForm
{
    public EvidenceSource Source { get; set; }
    public string Judgement { get; set; } = "";
    public string Notes { get; set; } = "";
}

public sealed class PlanForm
{
    public Guid Version { get; set; }
    [Display(Name = "Planned actions (one per line)")] public string? Actions { get; set; }
}

public sealed class DecisionForm
{
    public Guid Version { get; set; }
    [Display(Name = "Why are you returning it?")] public string? Reason { get; set; }
}

public sealed class ProposalFormValidator : AbstractValidator<ProposalForm>
{
    public ProposalFormValidator()
    {
        RuleFor(f => f.Category).NotEmpty().WithMessage("Choose the proposed category.");
        RuleFor(f => f.Rationale).NotEmpty().WithMessage("Give the rationale for the category.").MaximumLength(4000);
        RuleForEach(f => f.Evidence).ChildRules(e => e.RuleFor(x => x.Notes).MaximumLength(2000));
    }
}
