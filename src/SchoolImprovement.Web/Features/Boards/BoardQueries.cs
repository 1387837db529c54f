using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Boards;

public sealed record BoardMemberRow(
    Guid Id, string Name, string Category, bool Votes, bool IsChair, bool MayChair, IReadOnlyList<string> LinkRoles, string? Interests, DateOnly AddedOn);

public sealed record BoardExtensionRow(int Terms, string Reason, DateOnly DecidedOn, string DecidedBy, string EndsAfter);

public sealed record BoardRecruitmentRow(RecruitmentStepKind Kind, string Label, RecruitmentStepStatus Status, string? Notes, DateOnly? UpdatedOn);

/// <summary>The terms of reference of the board's kind, as the page shows them.</summary>
public sealed record BoardTermsPage(string Purpose, string Chair, string Membership, string AssociateTrustees, string Clerk, string Meetings, IReadOnlyList<string> Standards);

/// <summary>The forms on the board page, each kept as typed when its submission is refused.</summary>
public sealed record BoardForms(AddBoardMemberForm AddMember, ExtendBoardForm Extend, RecruitmentStepForm Recruitment, LocalCommitteeFormedForm LocalCommittee);

/// <summary>A board's page: its terms of reference, people, period and, for an ILTC, link members, interests and recruitment.</summary>
public sealed record BoardPage(
    Guid Id, Guid Version, Guid SchoolId, string SchoolName, Guid? ConcernCaseId, BoardKind Kind, string KindLabel, bool Active,
    BoardTermsPage Terms, int Quorum, int MeetingIntervalMonths, string StartTerm, string EndTerm, DateOnly EndsOn, DateOnly NearEndFrom,
    bool NearEnd, bool PastEnd, int ExtensionTerms, string? ClerkName, BoardMemberRow? Chair, IReadOnlyList<BoardMemberRow> Members,
    IReadOnlyList<BoardExtensionRow> Extensions, bool HasLinkMembers, IReadOnlyList<string> MissingLinkRoles, bool KeepsInterests,
    bool RecruitsLocalCommittee, IReadOnlyList<BoardRecruitmentRow> Recruitment, IReadOnlyList<string> OutstandingRecruitment,
    bool ReplacesLocalCommittee, DateOnly? EndedOn, string? EndReason,
    IReadOnlyList<BoardOption> Categories, IReadOnlyList<BoardOption> LinkRoleOptions, IReadOnlyList<BoardOption> People,
    bool CanManage, bool CanSeeCase, BoardForms Forms, BoardMeetings.BoardMeetingsPanel Meetings);

/// <summary>The member a removal is confirmed for.</summary>
public sealed record RemoveBoardMemberPage(Guid BoardId, Guid MemberId, Guid Version, string SchoolName, string KindLabel, string MemberName, string Category, bool IsChair);

/// <summary>
/// Reads a board for its page in a fixed number of queries whatever the trust's size: the board with its members,
/// extensions and steps (split, one query each), its school, and the names of the people it names.
/// </summary>
public sealed class BoardQueries(PortalDbContext db, TimeProvider clock, PermissionsReader permissions, BoardMeetings.BoardMeetingsPanelQueries meetings)
{
    public async Task<BoardPage?> PageAsync(Guid id, BoardForms? forms, CancellationToken ct)
    {
        var board = await db.Boards.AsNoTracking().AsSplitQuery()
            .Include(b => b.Members).Include(b => b.Extensions).Include(b => b.RecruitmentSteps)
            .SingleOrDefaultAsync(b => b.Id == id, ct);
        if (board is null)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == board.SchoolId)
            .Select(s => new { s.Name, s.ChurchDesignation }).SingleAsync(ct);
        var can = await permissions.CurrentAsync();
        var people = can.ManageBoards
            ? await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)
            : [];
        var deciders = board.Extensions.Select(e => e.DecidedBy).Distinct().ToList();
        var names = can.ManageBoards
            ? people.ToDictionary(p => p.Id, p => p.DisplayName)
            : await db.Users.AsNoTracking().Where(u => deciders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var today = clock.Today();
        var isChurch = !string.IsNullOrWhiteSpace(school.ChurchDesignation)
            && !school.ChurchDesignation.Equals("None", StringComparison.OrdinalIgnoreCase)
            && !school.ChurchDesignation.Equals("Does not apply", StringComparison.OrdinalIgnoreCase);
        var members = board.CurrentMembers.OrderBy(m => m.Category).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => new BoardMemberRow(
                m.Id, m.Name, m.Category.Label(), m.IsVoting, m.Id == board.ChairMemberId, BoardTermsOfReference.MayChair(board.Kind, m.Category),
                [.. m.LinkRoles.Select(r => r.Label())], m.Interests, m.AddedOn))
            .ToList();
        var running = board.FirstPeriodTerms;
        var extensions = new List<BoardExtensionRow>();
        foreach (var e in board.Extensions.OrderBy(e => e.RecordedAt))
        {
            running += e.Terms;
            extensions.Add(new BoardExtensionRow(e.Terms, e.Reason, e.DecidedOn, names.GetValueOrDefault(e.DecidedBy, "Unknown"), board.StartTerm.Plus(running - 1).ToString()));
        }

        return new BoardPage(
            board.Id, board.Version, board.SchoolId, school.Name, board.ConcernCaseId, board.Kind, board.Kind.Label(), board.IsActive,
            new BoardTermsPage(
                BoardTermsOfReference.Purpose(board.Kind), BoardTermsOfReference.Chair(board.Kind), BoardTermsOfReference.Membership(board.Kind),
                BoardTermsOfReference.AssociateTrustees, BoardTermsOfReference.Clerk, BoardTermsOfReference.Meetings(board.Kind),
                [.. BoardTermsOfReference.Standards(board.Kind, isChurch).Select(s => s.Label())]),
            board.Quorum, board.MeetingIntervalMonths, board.StartTerm.ToString(), board.EndTerm.ToString(), board.EndsOn, board.NearEndFrom,
            board.IsNearEnd(today), board.IsPastEnd(today), board.ExtensionTerms, board.ClerkName,
            members.FirstOrDefault(m => m.IsChair), members, extensions,
            BoardTermsOfReference.LinkRoles(board.Kind).Count > 0, [.. board.MissingLinkRoles.Select(r => r.Label())],
            BoardTermsOfReference.KeepsInterestsRegister(board.Kind), BoardTermsOfReference.RecruitsLocalCommittee(board.Kind),
            [.. board.RecruitmentSteps.OrderBy(s => s.Kind).Select(s => new BoardRecruitmentRow(s.Kind, s.Kind.Label(), s.Status, s.Notes, s.UpdatedOn))],
            [.. board.OutstandingRecruitment.Select(k => k.Label())],
            board.ReplacesLocalCommittee, board.EndedOn, board.EndReason,
            [.. BoardTermsOfReference.MemberCategories(board.Kind).Select(c => new BoardOption(c.ToString(), c.Label()))],
            [.. BoardTermsOfReference.LinkRoles(board.Kind).Select(r => new BoardOption(r.ToString(), r.Label()))],
            [.. people.Select(p => new BoardOption(p.Id.ToString(), p.DisplayName))],
            can.ManageBoards && board.IsActive, can.ReadConcerns,
            forms ?? new BoardForms(new AddBoardMemberForm { Version = board.Version }, new ExtendBoardForm { Version = board.Version, DecidedOn = today },
                new RecruitmentStepForm { Version = board.Version }, new LocalCommitteeFormedForm { Version = board.Version, FormedOn = today }),
            await meetings.ReadAsync(board, ct));
    }

    public async Task<RemoveBoardMemberPage?> RemovePageAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        var board = await db.Boards.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Version,
                b.Kind,
                b.ChairMemberId,
                School = db.Schools.Where(s => s.Id == b.SchoolId).Select(s => s.Name).FirstOrDefault(),
                Member = b.Members.Where(m => m.Id == memberId && m.RemovedOn == null).Select(m => new { m.Name, m.Category }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        return board?.Member is not { } member
            ? null
            : new RemoveBoardMemberPage(id, memberId, board.Version, board.School ?? "", board.Kind.Label(), member.Name, member.Category.Label(), board.ChairMemberId == memberId);
    }
}
