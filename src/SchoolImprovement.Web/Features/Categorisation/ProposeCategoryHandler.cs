using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Inspections;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

public sealed class ProposalForm
{
    public string Category { get; set; } = "";
    public string Rationale { get; set; } = "";
    public List<EvidenceForm> Evidence { get; set; } = [.. EvidenceSources.All.Select(s => new EvidenceForm { Source = s })];
}

public sealed class EvidenceForm
{
    public EvidenceSource Source { get; set; }
    public string Judgement { get; set; } = "";
    public string Notes { get; set; } = "";
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

/// <summary>
/// The proposal page: the trust's scheme and required evidence, what the inspections suggest, the
/// current category, the last returned proposal's reason, and the form as typed.
/// </summary>
public sealed record ProposalPage(
    Guid SchoolId,
    string SchoolName,
    IReadOnlyList<CategoryDefinition> Scheme,
    IReadOnlyList<EvidenceSource> RequiredEvidence,
    InspectionSignals.Suggestion? Suggestion,
    string? CurrentCategory,
    DateTimeOffset? CurrentConfirmedAt,
    string? ReturnedCategory,
    string? ReturnReason,
    ProposalEvidenceContext Evidence,
    ProposalForm Form);

/// <summary>
/// The linked officer (or the Director of Learning) proposes a category for an open school with the
/// evidence the trust's policy requires (Vine policy §3); one proposal awaits a decision at a time.
/// Who may propose is declared on the controller (<see cref="SchoolRelation.LinkedOfficer"/>).
/// </summary>
public sealed class ProposeCategoryHandler(PortalDbContext db, TimeProvider clock, ProposalEvidenceQueries evidence)
{
    public const string AlreadyAwaiting = "A proposal for this school is already awaiting confirmation.";

    public async Task<ProposalPage?> PageAsync(Guid schoolId, Permissions can, ProposalForm form, CancellationToken ct)
    {
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => new { s.Name, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        var inspections = await LatestInspections.ForSchoolAsync(db, schoolId, ct);
        var records = await db.Categorisations.Where(c => c.SchoolId == schoolId)
            .OrderByDescending(c => c.Id).Take(20)
            .Select(c => new { c.Category, c.Status, c.DecidedAt, c.ReturnReason })
            .ToListAsync(ct);
        var current = records.FirstOrDefault(c => c.Status == CategorisationStatus.Confirmed);
        var returned = records.FirstOrDefault() is { Status: CategorisationStatus.Returned } last ? last : null;
        return new ProposalPage(schoolId, school.Name, profile.Categories, profile.RequiredEvidence, inspections.Suggestion,
            current?.Category, current?.DecidedAt, returned?.Category, returned?.ReturnReason,
            await evidence.ReadAsync(schoolId, school.Phase, can, ct), form);
    }

    public async Task<CommandResult> HandleAsync(ClaimsPrincipal user, Guid schoolId, ProposalForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            async () =>
            {
                school.EnsureOpenFor("categorised");
                if (await AwaitingAsync(schoolId, ct))
                {
                    throw new DomainException(AlreadyAwaiting);
                }

                var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
                var proposal = SchoolCategorisation.Propose(schoolId, form.Category, form.Rationale,
                    [.. form.Evidence.Select(e => new EvidenceJudgement(e.Source, e.Judgement ?? "", e.Notes ?? ""))],
                    profile.Categories, user.Id(), clock.GetUtcNow(), profile.RequiredEvidence);
                db.Categorisations.Add(proposal);
                return proposal.Id;
            },
            ct,
            // Another proposal for the school saved at the same moment: the one-pending index refused this one.
            async () => await AwaitingAsync(schoolId, ct) ? CommandResult.Refuse(AlreadyAwaiting) : null);
    }

    private Task<bool> AwaitingAsync(Guid schoolId, CancellationToken ct) =>
        db.Categorisations.AnyAsync(c => c.SchoolId == schoolId && c.Status == CategorisationStatus.Proposed, ct);
}
