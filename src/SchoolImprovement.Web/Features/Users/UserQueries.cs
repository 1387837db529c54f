using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Security.Sessions;

namespace SchoolImprovement.Web.Features.Users;

/// <param name="Status">"Active", "Deactivated", "Invited, not yet accepted" or "Invitation email not delivered".</param>
public sealed record UserRow(Guid Id, string DisplayName, string Email, string Status, IReadOnlyList<string> Roles)
{
    public static string StatusOf(bool isActive, bool invited, bool invitationNotDelivered) =>
        !isActive ? "Deactivated" : !invited ? "Active" : invitationNotDelivered ? "Invitation email not delivered" : "Invited, not yet accepted";
}

public sealed record UserAssignmentRow(Guid Id, Guid SchoolId, string SchoolName, AssignmentKind Kind);

public sealed record SchoolOption(Guid Id, string Name);

/// <summary>A person's page: their details form, their assignments and the form to add one (kept input when shown again).</summary>
public sealed record UserPage(
    Guid Id,
    string DisplayName,
    bool IsActive,
    bool AuthenticatorOn,
    UserForm Form,
    AssignmentForm Assignment,
    IReadOnlyList<UserAssignmentRow> Assignments,
    IReadOnlyList<SchoolOption> Schools,
    IReadOnlyList<string> PendingRoles,
    IReadOnlyList<SessionRow> Sessions,
    bool IsSelf,
    bool Invited,
    EmailProblem? InvitationProblem,
    EmailProblem? ResetProblem)
{
    /// <summary>"Resend invitation" is offered while the person is active and has not accepted it.</summary>
    public bool CanResendInvitation => IsActive && Invited;

    public string Status => UserRow.StatusOf(IsActive, Invited, InvitationProblem is not null);
}

/// <summary>The confirmation before a trust administrator ends one of a person's sessions.</summary>
public sealed record EndUserSessionPage(Guid UserId, string DisplayName, SessionRow Session);

public sealed record DeactivateUserPage(Guid Id, string DisplayName);

/// <summary>The trust administrator's pages about people: fields projected from the user row, never the row itself.</summary>
public sealed class UserQueries(PortalDbContext db, TrustContext trust)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken ct)
    {
        // The conditions of AccountEmailStatus, written into the one query.
        var succeeded = AccountEmailStatus.Succeeded;
        var accepted = AccountEmailStatus.Accepted;
        var sent = AccountEmailStatus.InvitationSent;
        var notDelivered = AccountEmailStatus.InvitationNotDelivered;
        var rows = await db.UsersOf(trust).OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.IsActive,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                Invited = u.PasswordHash == null && !db.SecurityEvents.Any(e => e.UserId == u.Id && e.Outcome == succeeded && accepted.Contains(e.Kind)),
                NotDelivered = db.SecurityEvents
                    .Where(e => e.UserId == u.Id && (e.Kind == sent || e.Kind == notDelivered))
                    // A failure is recorded after the sending it reports: at the same instant it is the later event.
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Kind == notDelivered).ThenByDescending(e => e.Id)
                    .Select(e => e.Kind)
                    .FirstOrDefault() == notDelivered,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new UserRow(r.Id, r.DisplayName, r.Email ?? "", UserRow.StatusOf(r.IsActive, r.Invited, r.NotDelivered), r.Roles))];
    }

    /// <param name="keptForm">The details the administrator typed, when the page is shown again after a refusal.</param>
    /// <param name="keptAssignment">The assignment the administrator chose, when it was refused.</param>
    public async Task<UserPage?> PageAsync(Guid id, UserForm? keptForm, AssignmentForm? keptAssignment, CancellationToken ct)
    {
        var user = await db.UsersOf(trust).Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive, u.TwoFactorEnabled })
            .SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(ct);
        var assignments = await db.SchoolAssignments.Where(a => a.UserId == id)
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { a.Id, SchoolId = s.Id, s.Name, a.Kind })
            .OrderBy(a => a.Name)
            .Select(a => new UserAssignmentRow(a.Id, a.SchoolId, a.Name, a.Kind))
            .ToListAsync(ct);
        var schools = await db.Schools.OrderBy(s => s.Name).Select(s => new SchoolOption(s.Id, s.Name)).ToListAsync(ct);
        var form = keptForm ?? new UserForm { DisplayName = user.DisplayName, Email = user.Email ?? "", Roles = roles };
        var pending = await db.RoleGrantRequests.Where(r => r.UserId == id && r.Outcome == RoleGrantOutcome.Pending).Select(r => r.Role).ToListAsync(ct);
        var sessions = await db.OpenSessionsAsync(id, current: null, ct);
        var invited = await AccountEmailStatus.IsInvitedAsync(db, id, ct);
        var (invitationProblem, resetProblem) = await AccountEmailStatus.ProblemsAsync(db, id, ct);
        return new UserPage(user.Id, user.DisplayName, user.IsActive, user.TwoFactorEnabled, form, keptAssignment ?? new AssignmentForm(), assignments, schools,
            [.. pending.Order(StringComparer.Ordinal)], sessions, user.Id == trust.UserId, invited, invited ? invitationProblem : null, resetProblem);
    }

    /// <summary>One open session of a person of the trust; another trust's person, or a closed or unknown session, is missing.</summary>
    public async Task<EndUserSessionPage?> EndSessionPageAsync(Guid id, Guid sessionId, CancellationToken ct)
    {
        var user = await db.UsersOf(trust).Where(u => u.Id == id).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var session = (await db.OpenSessionsAsync(id, current: null, ct)).SingleOrDefault(s => s.Id == sessionId);
        return session is null ? null : new EndUserSessionPage(user.Id, user.DisplayName, session);
    }

    public async Task<DeactivateUserPage?> DeactivatePageAsync(Guid id, CancellationToken ct) =>
        await db.UsersOf(trust).Where(u => u.Id == id).Select(u => new DeactivateUserPage(u.Id, u.DisplayName)).SingleOrDefaultAsync(ct);
}
