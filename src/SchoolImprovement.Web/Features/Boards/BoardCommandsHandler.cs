using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Boards;

public sealed class AddBoardMemberForm : IVersionedForm
{
    public string? Name { get; set; }

    public Guid? UserId { get; set; }

    public MembershipCategory? Category { get; set; }

    public List<LinkRole> LinkRoles { get; set; } = [];

    public string? Interests { get; set; }

    public Guid Version { get; set; }
}

public sealed class AddBoardMemberFormValidator : AbstractValidator<AddBoardMemberForm>
{
    public AddBoardMemberFormValidator()
    {
        RuleFor(f => f.Category).NotNull().IsInEnum().WithMessage("Choose the member's membership category.");
        RuleFor(f => f.Name).NotEmpty().When(f => f.UserId is null).WithMessage("Give the member's name, or choose them from the trust's people.");
        RuleFor(f => f.Name).MaximumLength(BoardMember.NameLength).WithMessage($"The name can be at most {BoardMember.NameLength} characters.");
        RuleFor(f => f.Interests).MaximumLength(BoardMember.InterestsLength).WithMessage($"The interests can be at most {BoardMember.InterestsLength} characters.");
    }
}

public sealed class ExtendBoardForm : IVersionedForm
{
    public string? Reason { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public Guid Version { get; set; }
}

public sealed class ExtendBoardFormValidator : AbstractValidator<ExtendBoardForm>
{
    public ExtendBoardFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the reason for the extension: it is recorded as the decision.");
        RuleFor(f => f.Reason).MaximumLength(BoardExtension.ReasonLength).WithMessage($"The reason can be at most {BoardExtension.ReasonLength} characters.");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("Enter the date the extension was decided.");
    }
}

public sealed class RecruitmentStepForm : IVersionedForm
{
    public RecruitmentStepKind? Kind { get; set; }

    public RecruitmentStepStatus? Status { get; set; }

    public string? Notes { get; set; }

    public Guid Version { get; set; }
}

public sealed class RecruitmentStepFormValidator : AbstractValidator<RecruitmentStepForm>
{
    public RecruitmentStepFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().IsInEnum().WithMessage("Choose a recruitment step.");
        RuleFor(f => f.Status).NotNull().IsInEnum().WithMessage("Choose the step's status.");
    }
}

public sealed class LocalCommitteeFormedForm : IVersionedForm
{
    public DateOnly? FormedOn { get; set; }

    public Guid Version { get; set; }
}

public sealed class LocalCommitteeFormedFormValidator : AbstractValidator<LocalCommitteeFormedForm>
{
    public LocalCommitteeFormedFormValidator() =>
        RuleFor(f => f.FormedOn).NotNull().WithMessage("Enter the date the local committee was formed.");
}

public sealed class BoardMemberChoice : IVersionedForm
{
    public Guid MemberId { get; set; }

    public Guid Version { get; set; }
}

/// <summary>
/// Changes to a sitting board by the CEO or the governance professional (who may is declared on the controller):
/// members, chair, extensions, the ILTC's recruitment and its end when a local committee is formed. The rules are
/// the board's (<see cref="Board"/>); each change is saved against the version the person loaded.
/// </summary>
public sealed class BoardCommandsHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    private Guid UserId => (http.HttpContext?.User ?? new ClaimsPrincipal()).Id();

    private Task<Board?> LoadAsync(Guid id, CancellationToken ct) =>
        db.Boards.Include(b => b.Members).Include(b => b.Extensions).Include(b => b.RecruitmentSteps).AsSplitQuery().SingleOrDefaultAsync(b => b.Id == id, ct);

    public async Task<CommandResult> AddMemberAsync(Guid id, AddBoardMemberForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = form.Name;
        if (form.UserId is { } userId)
        {
            var person = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
            if (person is null)
            {
                return CommandResult.Refuse("Choose the member from the trust's people, or give only a name.");
            }

            name = string.IsNullOrWhiteSpace(name) ? person : name;
        }

        return await db.ChangeAsync(
            await LoadAsync(id, ct), form.Version,
            board =>
            {
                board.AddMember(name ?? "", form.UserId, form.Category ?? default, form.LinkRoles, form.Interests, clock.Today(), clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);
    }

    public async Task<CommandResult> RemoveMemberAsync(Guid id, Guid memberId, Guid version, CancellationToken ct) =>
        await db.ChangeAsync(
            await LoadAsync(id, ct), version,
            board =>
            {
                board.RemoveMember(memberId, clock.Today(), clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);

    public async Task<CommandResult> SetChairAsync(Guid id, BoardMemberChoice form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.ChangeAsync(
            await LoadAsync(id, ct), form.Version,
            board =>
            {
                board.SetChair(form.MemberId, clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);
    }

    public async Task<CommandResult> ExtendAsync(Guid id, ExtendBoardForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.ChangeAsync(
            await LoadAsync(id, ct), form.Version,
            board =>
            {
                board.Extend(form.Reason ?? "", form.DecidedOn ?? clock.Today(), UserId, clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);
    }

    public async Task<CommandResult> UpdateRecruitmentAsync(Guid id, RecruitmentStepForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.ChangeAsync(
            await LoadAsync(id, ct), form.Version,
            board =>
            {
                board.UpdateRecruitmentStep(form.Kind ?? default, form.Status ?? default, form.Notes, clock.Today(), UserId, clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);
    }

    public async Task<CommandResult> LocalCommitteeFormedAsync(Guid id, LocalCommitteeFormedForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        return await db.ChangeAsync(
            await LoadAsync(id, ct), form.Version,
            board =>
            {
                board.RecordLocalCommitteeFormed(form.FormedOn ?? clock.Today(), clock.GetUtcNow());
                return Task.CompletedTask;
            },
            b => b.Id, ct);
    }
}
