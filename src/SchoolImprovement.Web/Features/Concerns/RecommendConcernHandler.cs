using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>The recommendation as typed: the grounds ticked, the evidence and the proposed board.</summary>
public sealed class RecommendConcernForm
{
    public List<ConcernGround> Grounds { get; set; } = [];

    public string? Evidence { get; set; }

    public BoardKind? ProposedResponse { get; set; }

    /// <summary>
    /// A blank form with <paramref name="ground"/> ticked when it is one of the policy's grounds (a link from due diligence
    /// asks for "newly joined"); null (a blank form) otherwise.
    /// </summary>
    public static RecommendConcernForm? Preselecting(ConcernGround? ground) =>
        ground is { } g && Enum.IsDefined(g) ? new RecommendConcernForm { Grounds = [g] } : null;
}

public sealed class RecommendConcernFormValidator : AbstractValidator<RecommendConcernForm>
{
    public RecommendConcernFormValidator()
    {
        RuleFor(f => f.Grounds).NotEmpty().WithMessage("Choose at least one ground for the concern.");
        RuleForEach(f => f.Grounds).IsInEnum().WithMessage("Choose the grounds from the policy's list.");
        RuleFor(f => f.Evidence).NotEmpty().WithMessage("Give the evidence for the concern.")
            .MaximumLength(ConcernCase.TextLength).WithMessage($"The evidence can be at most {ConcernCase.TextLength:N0} characters.");
        RuleFor(f => f.ProposedResponse).NotNull().WithMessage("Choose the proposed response.");
    }
}

/// <summary>The recommendation form for a school: the policy's grounds, the trust's board kinds, and the form as typed.</summary>
public sealed record RecommendConcernPage(
    Guid SchoolId, string SchoolName, IReadOnlyList<ConcernGroundOption> Grounds, IReadOnlyList<BoardKindOption> Responses,
    Guid? OpenCaseId, RecommendConcernForm Form);

public sealed record ConcernGroundOption(ConcernGround Ground, string Wording);

public sealed record BoardKindOption(BoardKind Kind, string Label);

/// <summary>
/// The role the trust's profile names recommends a school to the CEO as causing concern (DDAT §3), with the grounds,
/// the evidence and the proposed response from the profile's board kinds. Who may is declared on the controller.
/// </summary>
public sealed class RecommendConcernHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<RecommendConcernPage?> PageAsync(Guid schoolId, RecommendConcernForm? form, CancellationToken ct)
    {
        var open = db.ConcernCases.Where(ConcernCase.IsOpenCondition);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new
            {
                s.Name,
                OpenCase = open.Where(c => c.SchoolId == s.Id).Select(c => (Guid?)c.Id).FirstOrDefault(),
                BoardKinds = db.PolicyProfiles.Select(p => p.BoardKinds).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        return new RecommendConcernPage(
            schoolId, school.Name,
            [.. ConcernGrounds.All.Select(g => new ConcernGroundOption(g, g.Label()))],
            [.. (school.BoardKinds ?? []).Select(k => new BoardKindOption(k, k.Label()))],
            school.OpenCase,
            form ?? new RecommendConcernForm());
    }

    public async Task<CommandResult> RecommendAsync(Guid schoolId, RecommendConcernForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var boardKinds = await db.PolicyProfiles.Select(p => p.BoardKinds).FirstOrDefaultAsync(ct) ?? [];
        var hasOpenCase = await db.ConcernCases.Where(ConcernCase.IsOpenCondition).AnyAsync(c => c.SchoolId == schoolId, ct);
        return await db.SaveCommandAsync(
            () =>
            {
                var concern = ConcernCase.Recommend(
                    school, form.Grounds, form.Evidence, form.ProposedResponse ?? default, boardKinds, hasOpenCase, trust.UserId!.Value, clock.GetUtcNow());
                db.ConcernCases.Add(concern);
                return concern.Id;
            },
            ct,
            async () => await db.ConcernCases.Where(ConcernCase.IsOpenCondition).AnyAsync(c => c.SchoolId == schoolId, ct)
                ? CommandResult.Refuse("Someone else recommended this school at the same moment: continue their case.")
                : null);
    }
}
