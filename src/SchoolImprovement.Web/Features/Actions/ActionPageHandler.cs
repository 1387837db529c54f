using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>
/// One action: its current values, and its three forms (edit, status, evidence of impact), each
/// holding what the user typed when a change was refused or crossed someone else's.
/// </summary>
public sealed record ActionPage(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    string Title,
    ActionStatus Status,
    string? DroppedReason,
    string? OwnerRole,
    string? OwnerName,
    DateOnly DueOn,
    ActionSource Source,
    Guid? SourceId,
    string? EvidenceOfImpact,
    bool IsClosed,
    bool Overdue,
    bool CanRecordImpact,
    bool CanManage,
    bool ShowEdit,
    ActionFields Edit,
    StatusForm StatusChange,
    ImpactForm Impact);

/// <summary>The forms as the user typed them, when the page is shown again after a POST.</summary>
public sealed record KeptActionInput(ActionForm? Edit = null, StatusForm? Status = null, ImpactForm? Impact = null)
{
    public static readonly KeptActionInput None = new();
}

public sealed class ActionPageHandler(PortalDbContext db, ActionOwnerQueries owners, TimeProvider clock)
{
    public async Task<ActionPage?> HandleAsync(ClaimsPrincipal user, Guid id, Permissions can, KeptActionInput kept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(can);
        ArgumentNullException.ThrowIfNull(kept);
        var found = await db.Actions.AsNoTracking().Where(a => a.Id == id)
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { Action = a, SchoolName = s.Name })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var a = found.Action;
        var people = await owners.PeopleAsync(ct);
        var userId = user.Id();

        // The improvement team writes evidence for any school; a headteacher for their own (as the impact POST's scope declares).
        var canRecordImpact = can.RecordImpact && (can.ManageActions
            || await db.SchoolAssignments.AnyAsync(x => x.SchoolId == a.SchoolId && x.UserId == userId && x.Kind == AssignmentKind.HeadteacherOf, ct));
        return new ActionPage(
            a.Id, a.SchoolId, found.SchoolName, a.Title, a.Status, a.DroppedReason, a.OwnerRole,
            people.FirstOrDefault(p => p.Id == a.OwnerUserId)?.Name, a.DueOn, a.Source, a.SourceId, a.EvidenceOfImpact,
            // A closed action takes no edits, but a form the user was typing in when someone closed it is shown
            // again with their input (saving it again is then refused with the reason): nothing typed is lost.
            a.IsClosed, a.IsOverdue(clock.Today()), canRecordImpact && (!a.IsClosed || kept.Impact is not null), can.ManageActions,
            can.ManageActions && (!a.IsClosed || kept.Edit is not null),
            new ActionFields(kept.Edit ?? new ActionForm { Version = a.Version, Title = a.Title, OwnerRole = a.OwnerRole, OwnerUserId = a.OwnerUserId, DueOn = a.DueOn }, people),
            kept.Status ?? new StatusForm { Version = a.Version },
            kept.Impact ?? new ImpactForm { Version = a.Version, Evidence = a.EvidenceOfImpact ?? "" });
    }
}
