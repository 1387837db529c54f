using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Boards;

/// <summary>Forming a board for a designated school: the kind (from the trust's profile), the start term, the numbers (prefilled from the profile), the clerk.</summary>
public sealed class FormBoardForm
{
    public BoardKind? Kind { get; set; }

    /// <summary>The start term as "2026-1" (academic year's start, term number).</summary>
    public string? StartTerm { get; set; }

    public int? Quorum { get; set; }

    public int? FirstPeriodTerms { get; set; }

    public int? ExtensionTerms { get; set; }

    public int? MeetingIntervalMonths { get; set; } = 1;

    public string? ClerkName { get; set; }

    public Guid? ClerkUserId { get; set; }

    public static string TermKey(AcademicTerm term) => $"{term.Year.StartYear}-{(int)term.Term}";

    public static AcademicTerm? ParseTerm(string? key)
    {
        var parts = key?.Split('-');
        return parts is [var year, var term]
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2099
            && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && Enum.IsDefined((Term)t)
            ? new AcademicTerm(new AcademicYear(y), (Term)t)
            : null;
    }
}

public sealed class FormBoardFormValidator : AbstractValidator<FormBoardForm>
{
    public FormBoardFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().IsInEnum().WithMessage("Choose the kind of board.");
        RuleFor(f => f.StartTerm).Must(t => FormBoardForm.ParseTerm(t) is not null).WithMessage("Choose the term the board starts.");
        RuleFor(f => f.ClerkName).MaximumLength(Board.ClerkNameLength).WithMessage($"The clerk's name can be at most {Board.ClerkNameLength} characters.");
    }
}

public sealed record BoardOption(string Value, string Label);

/// <summary>The form to form a board: the school and case, the kinds and numbers the trust's policy gives, and the form as typed.</summary>
public sealed record FormBoardPage(
    Guid ConcernId, Guid SchoolId, string SchoolName, BoardKind ProposedKind,
    IReadOnlyList<BoardOption> Kinds, IReadOnlyList<BoardOption> Terms, IReadOnlyList<BoardOption> People,
    int? PolicyQuorum, int? PolicyFirstPeriodTerms, int? PolicyExtensionTerms, FormBoardForm Form);

/// <summary>
/// The CEO or the governance professional forms a board for a school the CEO has designated as causing concern
/// (DDAT §3–5): a kind the trust's profile names, from a start term, with the profile's quorum and period (Vine's
/// sets none, so they are entered). One sitting board per school. Who may is declared on the controller.
/// </summary>
public sealed class FormBoardHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<FormBoardPage?> PageAsync(Guid concernId, FormBoardForm? form, CancellationToken ct)
    {
        var concern = await db.ConcernCases.AsNoTracking().Where(c => c.Id == concernId)
            .Select(c => new { c.SchoolId, c.ProposedResponse, School = db.Schools.Where(s => s.Id == c.SchoolId).Select(s => s.Name).First() })
            .SingleOrDefaultAsync(ct);
        if (concern is null)
        {
            return null;
        }

        var profile = await db.PolicyProfiles.AsNoTracking().Select(p => new { p.BoardKinds, p.Boards }).SingleAsync(ct);
        var people = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new BoardOption(u.Id.ToString(), u.DisplayName)).ToListAsync(ct);
        var current = AcademicTerm.Containing(clock.Today());
        form ??= new FormBoardForm
        {
            Kind = profile.BoardKinds.Contains(concern.ProposedResponse) ? concern.ProposedResponse : profile.BoardKinds.FirstOrDefault(),
            StartTerm = FormBoardForm.TermKey(current),
            Quorum = profile.Boards.Quorum,
            FirstPeriodTerms = profile.Boards.FirstPeriodTerms,
            ExtensionTerms = profile.Boards.ExtensionTerms,
        };
        return new FormBoardPage(
            concernId, concern.SchoolId, concern.School, concern.ProposedResponse,
            [.. profile.BoardKinds.Select(k => new BoardOption(k.ToString(), k.Label()))],
            [.. Enumerable.Range(-1, 5).Select(i => current.Plus(i)).Select(t => new BoardOption(FormBoardForm.TermKey(t), t.ToString()))],
            people, profile.Boards.Quorum, profile.Boards.FirstPeriodTerms, profile.Boards.ExtensionTerms, form);
    }

    public async Task<CommandResult> FormAsync(Guid concernId, FormBoardForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == concernId, ct);
        if (concern is null)
        {
            return CommandResult.Missing;
        }

        if (!concern.IsDesignated)
        {
            return CommandResult.Refuse("A board is formed only for a school the CEO has designated as causing concern; this case is not designated.");
        }

        var profile = await db.PolicyProfiles.AsNoTracking().Select(p => new { p.BoardKinds, p.Boards }).SingleAsync(ct);
        var kind = form.Kind ?? throw new ArgumentException("Validate the form first.", nameof(form));
        if (!profile.BoardKinds.Contains(kind))
        {
            return CommandResult.Refuse($"The trust's policy does not form a {kind.Label()}: choose {string.Join(" or ", profile.BoardKinds.Select(k => k.Label()))}.");
        }

        if (await db.Boards.AnyAsync(b => b.SchoolId == concern.SchoolId && b.Status == BoardStatus.Active, ct))
        {
            return CommandResult.Refuse("This school already has a sitting board. End it before forming another.");
        }

        if (form.ClerkUserId is { } clerk && !await db.Users.AnyAsync(u => u.Id == clerk && u.IsActive, ct))
        {
            return CommandResult.Refuse("Choose the clerk from the trust's people, or give only a name.");
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == concern.SchoolId, ct);
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        return await db.SaveCommandAsync(
            () =>
            {
                school.EnsureOpenFor("given a board");
                var settings = BoardSettings.From(
                    profile.Boards, kind, FormBoardForm.ParseTerm(form.StartTerm)!.Value, form.Quorum, form.FirstPeriodTerms, form.ExtensionTerms,
                    form.MeetingIntervalMonths, form.ClerkName, form.ClerkUserId);
                var board = Board.Form(concern.SchoolId, concern.Id, settings, user.Id(), clock.GetUtcNow());
                db.Boards.Add(board);
                return board.Id;
            },
            ct,
            async () => await db.Boards.AnyAsync(b => b.SchoolId == concern.SchoolId && b.Status == BoardStatus.Active, ct)
                ? CommandResult.Refuse("A board was formed for this school by someone else at the same moment.")
                : null);
    }
}
