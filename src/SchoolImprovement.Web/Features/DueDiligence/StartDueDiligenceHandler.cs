using FluentValidation;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>The head of the template for a joining school: its name (required), URN when known, its leaders, when and where, and by whom.</summary>
public sealed class StartDueDiligenceForm
{
    public string? SchoolName { get; set; }

    public int? Urn { get; set; }

    public string? Headteacher { get; set; }

    public string? ChairOfGovernors { get; set; }

    public string? HeldAt { get; set; }

    public string? CompletedBy { get; set; }
}

public sealed class StartDueDiligenceFormValidator : AbstractValidator<StartDueDiligenceForm>
{
    public StartDueDiligenceFormValidator()
    {
        RuleFor(f => f.SchoolName).NotEmpty().WithMessage("Give the name of the joining school.")
            .MaximumLength(DueDiligenceAssessment.NameLength).WithMessage($"The school's name can be at most {DueDiligenceAssessment.NameLength} characters.");
        RuleFor(f => f.Urn).InclusiveBetween(SchoolDetails.LowestUrn, SchoolDetails.HighestUrn).When(f => f.Urn is not null)
            .WithMessage("The URN must be a six-digit number, like 290007.");
    }
}

public sealed record StartDueDiligencePage(StartDueDiligenceForm Form);

/// <summary>A due diligence lead (CEO, Director of Learning) starts due diligence on a joining school (Vine §5): every area of the template, unrated.</summary>
public sealed class StartDueDiligenceHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(StartDueDiligenceForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.SaveCommandAsync(() =>
        {
            var assessment = DueDiligenceAssessment.Start(
                new DueDiligenceDetails(form.SchoolName, form.Urn, form.Headteacher, form.ChairOfGovernors, form.HeldAt, form.CompletedBy),
                trust.UserId!.Value, clock.GetUtcNow());
            db.DueDiligenceAssessments.Add(assessment);
            return assessment.Id;
        }, ct);
    }
}
