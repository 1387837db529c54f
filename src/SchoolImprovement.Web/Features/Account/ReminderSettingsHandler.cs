using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Reminders;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>A person's choice of reminder emails (issue 11: the weekly digest and the reminder before a due date, each opt-out).</summary>
public sealed class ReminderSettingsForm
{
    [Display(Name = "Send me a weekly digest of what is due and overdue for me")]
    public bool WeeklyDigest { get; set; }

    [Display(Name = "Remind me before each due date")]
    public bool DueReminders { get; set; }
}

/// <summary>The reminders page: the choices, and the last reminders sent to the person with where each is.</summary>
public sealed record ReminderSettingsPage(ReminderSettingsForm Form, IReadOnlyList<ReminderRow> Recent);

public sealed record ReminderRow(string Subject, DateTime CreatedAt, string State);

/// <summary>Reads and saves a person's own reminder choices; nobody else's.</summary>
public sealed class ReminderSettingsHandler(PortalDbContext db)
{
    public const int RecentCount = 10;

    public async Task<ReminderSettingsPage?> PageAsync(ClaimsPrincipal user, ReminderSettingsForm? kept, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id();
        var saved = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new ReminderSettingsForm { WeeklyDigest = !u.WeeklyDigestOptedOut, DueReminders = !u.DueRemindersOptedOut })
            .SingleOrDefaultAsync(ct);
        if (saved is null)
        {
            return null;
        }

        var recent = await db.ReminderDeliveries.AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreatedAt).Take(RecentCount)
            .Select(r => new { r.Subject, r.CreatedAt, r.Status })
            .ToListAsync(ct);
        return new ReminderSettingsPage(kept ?? saved, [.. recent.Select(r => new ReminderRow(r.Subject, r.CreatedAt, State(r.Status)))]);
    }

    public async Task<CommandResult> SaveAsync(ClaimsPrincipal user, ReminderSettingsForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var userId = user.Id();
        var changed = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.WeeklyDigestOptedOut, !form.WeeklyDigest).SetProperty(u => u.DueRemindersOptedOut, !form.DueReminders), ct);
        return changed == 1 ? CommandResult.Success(userId) : CommandResult.Missing;
    }

    private static string State(ReminderStatus status) => status switch
    {
        ReminderStatus.Pending => "Waiting to be sent",
        ReminderStatus.Sending => "Being sent",
        ReminderStatus.Sent => "Sent",
        ReminderStatus.Failed => "Not delivered",
        _ => "May not have been delivered",
    };
}
