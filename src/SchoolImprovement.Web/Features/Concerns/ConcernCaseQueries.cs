using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>
/// A concern case: the school, the status, the grounds (in the policy's words), the evidence, the decision, the exit,
/// the committee notice, the external support requests and the full history; with the forms the person may use.
/// </summary>
public sealed record ConcernCasePage(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    int Urn,
    ConcernStatus Status,
    IReadOnlyList<string> Grounds,
    string Evidence,
    string ProposedResponse,
    string RecommendedBy,
    DateTime RecommendedAt,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? DecisionReasons,
    DateOnly? DesignatedOn,
    string? ExitRecommendedBy,
    DateTime? ExitRecommendedAt,
    string? ExitReasons,
    DateOnly? ExitedOn,
    DateOnly? CommitteeInformedOn,
    bool AwaitsCommitteeNotice,
    IReadOnlyList<ExternalSupportRow> Support,
    IReadOnlyList<ConcernEventRow> History,
    bool CanDecide,
    bool CanRecommendExit,
    bool CanRequestSupport,
    bool CanDecideSupport,
    bool CanRecordExitDecision,
    bool CanRecordCommitteeInformed,
    ConcernCaseForms Forms)
{
    /// <summary>The board formed for this case (the latest, if more than one), when the trust uses boards.</summary>
    public CaseBoardRow? Board { get; init; }

    /// <summary>A designated case with no sitting board, for someone who forms boards (DDAT §3: "it will be agreed to form either" a RAB or an ILTC).</summary>
    public bool CanFormBoard { get; init; }
}

/// <summary>The case's board: its page, kind and whether it still sits.</summary>
public sealed record CaseBoardRow(Guid Id, string Kind, bool Sitting);

public sealed record ExternalSupportRow(
    Guid Id, Guid Version, string Purpose, string? Provider, decimal Cost, ExternalSupportStatus Status, string RequestedBy, DateTime RequestedAt,
    string? DecidedBy, DateTime? DecidedAt, string? DecisionNotes);

public sealed record ConcernEventRow(DateTime At, string By, string What, string? Reason);

/// <summary>The forms on the case page: the one just refused comes back as typed, the others fresh with the case's version.</summary>
public sealed record ConcernCaseForms(
    ConcernDecisionForm Decision,
    ConcernExitForm Exit,
    ConcernExitDecisionForm ExitDecision,
    CommitteeInformedForm Informed,
    ExternalSupportForm Support,
    Guid? SupportDecisionFor,
    ExternalSupportDecisionForm? SupportDecision)
{
    /// <summary>Input kept after a refusal; the forms not given are fresh.</summary>
    public sealed record Kept(
        ConcernDecisionForm? Decision = null,
        ConcernExitForm? Exit = null,
        ConcernExitDecisionForm? ExitDecision = null,
        CommitteeInformedForm? Informed = null,
        ExternalSupportForm? Support = null,
        Guid? SupportDecisionFor = null,
        ExternalSupportDecisionForm? SupportDecision = null);
}

public sealed class ConcernCaseQueries(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The case page in three queries (the case with its people's names, its history, its support requests), whatever its length.</summary>
    public async Task<ConcernCasePage?> PageAsync(Guid id, Permissions permissions, ConcernCaseForms.Kept? kept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var c = await db.ConcernCases.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Version, x.SchoolId, x.Status, x.Grounds, x.Evidence, x.ProposedResponse, x.RecommendedAt, x.DecidedAt, x.DecisionReasons,
                x.DesignatedOn, x.ExitRecommendedAt, x.ExitReasons, x.ExitedOn, x.CommitteeInformedOn,
                School = db.Schools.Where(s => s.Id == x.SchoolId).Select(s => new { s.Name, s.Urn }).FirstOrDefault(),
                RecommendedBy = db.Users.Where(u => u.Id == x.RecommendedBy).Select(u => u.DisplayName).FirstOrDefault(),
                DecidedBy = db.Users.Where(u => u.Id == x.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
                ExitRecommendedBy = db.Users.Where(u => u.Id == x.ExitRecommendedBy).Select(u => u.DisplayName).FirstOrDefault(),
                Board = db.Boards.Where(b => b.ConcernCaseId == x.Id).OrderByDescending(b => b.Id).Select(b => new { b.Id, b.Kind, b.Status }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }

        var history = await db.ConcernCaseEvents.AsNoTracking().Where(e => e.ConcernCaseId == id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.At, e.What, e.Reason, By = db.Users.Where(u => u.Id == e.By).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var support = await db.ExternalSupportRequests.AsNoTracking().Where(r => r.ConcernCaseId == id)
            .OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
            .Select(r => new ExternalSupportRow(
                r.Id, r.Version, r.Purpose, r.Provider, r.Cost, r.Status,
                db.Users.Where(u => u.Id == r.RequestedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "Unknown", r.RequestedAt,
                db.Users.Where(u => u.Id == r.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(), r.DecidedAt, r.DecisionNotes))
            .ToListAsync(ct);

        var designated = c.Status is ConcernStatus.Designated or ConcernStatus.ExitRecommended;
        var awaitsNotice = c.DesignatedOn is not null && c.CommitteeInformedOn is null;
        kept ??= new ConcernCaseForms.Kept();
        var forms = new ConcernCaseForms(
            kept.Decision ?? new ConcernDecisionForm { Version = c.Version },
            kept.Exit ?? new ConcernExitForm { Version = c.Version },
            kept.ExitDecision ?? new ConcernExitDecisionForm { Version = c.Version },
            kept.Informed ?? new CommitteeInformedForm { Version = c.Version, InformedOn = clock.Today() },
            kept.Support ?? new ExternalSupportForm(),
            kept.SupportDecisionFor,
            kept.SupportDecision);
        return new ConcernCasePage(
            c.Id, c.SchoolId, c.School?.Name ?? "", c.School?.Urn ?? 0, c.Status,
            [.. c.Grounds.Select(g => g.Label())], c.Evidence, c.ProposedResponse.Label(),
            c.RecommendedBy ?? "Unknown", c.RecommendedAt, c.DecidedBy, c.DecidedAt, c.DecisionReasons, c.DesignatedOn,
            c.ExitRecommendedBy, c.ExitRecommendedAt, c.ExitReasons, c.ExitedOn, c.CommitteeInformedOn, awaitsNotice,
            support,
            [.. history.Select(e => new ConcernEventRow(e.At, e.By ?? "Unknown", e.What.Label(), e.Reason))],
            CanDecide: permissions.DecideConcern && c.Status == ConcernStatus.Recommended,
            CanRecommendExit: permissions.DecideConcern && c.Status == ConcernStatus.Designated,
            CanRequestSupport: permissions.RequestExternalSupport && designated,
            CanDecideSupport: permissions.DecideConcern,
            CanRecordExitDecision: permissions.RecordCommitteeDecisions && c.Status == ConcernStatus.ExitRecommended,
            CanRecordCommitteeInformed: permissions.RecordCommitteeDecisions && awaitsNotice,
            forms)
        {
            Board = permissions.Uses(PolicyCapability.Boards) && c.Board is { } board
                ? new CaseBoardRow(board.Id, board.Kind.Label(), board.Status == BoardStatus.Active)
                : null,
            CanFormBoard = permissions.ManageBoards && permissions.Uses(PolicyCapability.Boards) && designated
                && c.Board is not { Status: BoardStatus.Active },
        };
    }
}
