using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>Completion as typed: the school's register details (its URN, phase, type, local authority ...), the day, and the first category proposed.</summary>
public sealed class CompleteDueDiligenceForm : IVersionedForm
{
    public Guid Version { get; set; }

    public int? Urn { get; set; }

    public string? Phase { get; set; }

    public string? EstablishmentType { get; set; }

    public string? LocalAuthority { get; set; }

    public string? ChurchDesignation { get; set; }

    public string? Diocese { get; set; }

    public int? Pupils { get; set; }

    /// <summary>The day due diligence is completed: the day the school joins the register.</summary>
    public DateOnly? CompletedOn { get; set; }

    public string? ProposedCategory { get; set; }

    public SchoolDetails Details(string name) =>
        new(Urn ?? 0, name, Phase ?? "", EstablishmentType ?? "", LocalAuthority ?? "", ChurchDesignation, Diocese, Pupils, CompletedOn ?? default);
}

public sealed class CompleteDueDiligenceFormValidator : AbstractValidator<CompleteDueDiligenceForm>
{
    public CompleteDueDiligenceFormValidator()
    {
        RuleFor(f => f.Urn).NotNull().WithMessage("Enter the school's URN: the register needs it.")
            .InclusiveBetween(SchoolDetails.LowestUrn, SchoolDetails.HighestUrn).WithMessage("The URN must be a six-digit number, like 290007.");
        RuleFor(f => f.Phase).NotEmpty().WithMessage("Enter the school's phase, like Primary.").MaximumLength(100);
        RuleFor(f => f.EstablishmentType).NotEmpty().WithMessage("Enter the type of establishment, like Academy converter.").MaximumLength(150);
        RuleFor(f => f.LocalAuthority).NotEmpty().WithMessage("Enter the local authority.").MaximumLength(100);
        RuleFor(f => f.ChurchDesignation).MaximumLength(100);
        RuleFor(f => f.Diocese).MaximumLength(100);
        RuleFor(f => f.Pupils).GreaterThanOrEqualTo(0).WithMessage("The number of pupils cannot be negative.");
        RuleFor(f => f.CompletedOn).NotNull().WithMessage("Enter the date due diligence was completed: the school joins the trust that day.");
        RuleFor(f => f.ProposedCategory).NotEmpty().WithMessage("Propose the school's first category.");
    }
}

/// <summary>The completion page: what is still unrated, the trust's categories, and the form as typed.</summary>
public sealed record CompleteDueDiligencePage(Guid Id, string SchoolName, DueDiligenceStatus Status, IReadOnlyList<string> UnratedAreas, IReadOnlyList<string> Categories, CompleteDueDiligenceForm Form);

/// <summary>
/// A due diligence lead completes due diligence (Vine §5): every area rated, the school joins the trust's register on the
/// completion date (its URN unique in the trust, as the register holds it), and its first category is proposed by the
/// completing person for the Director of Learning to confirm in the usual way. All saved together or not at all.
/// </summary>
public sealed class CompleteDueDiligenceHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CompleteDueDiligencePage?> PageAsync(Guid id, CompleteDueDiligenceForm? kept, CancellationToken ct)
    {
        var assessment = await db.DueDiligenceAssessments.AsNoTracking().Include(a => a.Areas).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return null;
        }

        var categories = await db.PolicyProfiles.AsNoTracking().Select(p => p.Categories).SingleAsync(ct);
        return new CompleteDueDiligencePage(
            id, assessment.SchoolName, assessment.Status, [.. assessment.UnratedAreas.Select(a => a.Label())], [.. categories.Select(c => c.Name)],
            kept ?? new CompleteDueDiligenceForm { Version = assessment.Version, Urn = assessment.Urn, CompletedOn = clock.Today() });
    }

    public async Task<CommandResult> HandleAsync(Guid id, CompleteDueDiligenceForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var assessment = await db.DueDiligenceAssessments.Include(a => a.Areas).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return CommandResult.Missing;
        }

        var urn = form.Urn ?? 0;
        return await db.SaveCommandAsync(
            async () =>
            {
                db.ExpectVersion(assessment, form.Version);
                if (await DuplicateAsync(urn, ct) is { } duplicate)
                {
                    throw new DomainException(duplicate);
                }

                var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
                var by = trust.UserId!.Value;
                var now = clock.GetUtcNow();
                var today = clock.Today();
                var school = assessment.Complete(form.Details(assessment.SchoolName), form.ProposedCategory, profile.Categories, by, form.CompletedOn ?? today, today);
                db.Schools.Add(school);
                db.Categorisations.Add(SchoolCategorisation.Propose(
                    school.Id, assessment.ProposedCategory!,
                    $"First category proposed on completing due diligence on {UkFormat.Date(assessment.CompletedOn!.Value)}: see the due diligence report.",
                    [], profile.Categories, by, now, requiredSources: []));
                return school.Id;
            },
            ct,
            // The same URN added to the register at the same moment: the unique index (TrustId, Urn) refused it.
            async () => await DuplicateAsync(urn, ct) is { } duplicate ? CommandResult.Refuse(duplicate) : null);
    }

    /// <summary>The register's own rule and wording (Features/SchoolRegister): a URN is on the trust's register once.</summary>
    private async Task<string?> DuplicateAsync(int urn, CancellationToken ct)
    {
        var existing = await db.Schools.AsNoTracking().Where(s => s.Urn == urn).Select(s => new { s.Name, s.ClosedOn }).FirstOrDefaultAsync(ct);
        return existing is null
            ? null
            : $"URN {urn} is already in the trust's register as {existing.Name}{(existing.ClosedOn is null ? "" : " (closed)")}. Nothing has been saved.";
    }
}
