using System.Globalization;
using System.Text;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features;

namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// The words of the two reminder emails: plain text, the kind, the school and the date of each item with a link to where it
/// is done, and how to stop them. Nothing about pupils: due items carry none.
/// </summary>
public sealed class ReminderEmails(IConfiguration configuration)
{
    public (string Subject, string Body) Digest(string displayName, IReadOnlyList<DueItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        var overdue = items.Count(i => i.IsOverdue(today));
        var subject = overdue > 0
            ? $"Your week: {overdue} overdue, {items.Count - overdue} due soon"
            : $"Your week: {items.Count} due soon";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Dear {displayName},\r\n\r\nWhat is due and overdue for you in the school improvement portal on {UkFormat.Date(today)}:\r\n\r\n");
        foreach (var item in items.OrderBy(i => i.DueOn).ThenBy(i => i.Title, StringComparer.Ordinal))
        {
            var state = item.IsOverdue(today) ? "OVERDUE since" : "due";
            body.Append(CultureInfo.InvariantCulture, $"- {item.Title}: {state} {UkFormat.Date(item.DueOn)}\r\n  {Link(item.Url)}\r\n");
        }

        body.Append(Footer("the weekly digest"));
        return (subject, body.ToString());
    }

    public (string Subject, string Body) DueSoon(string displayName, DueItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        var days = item.DueOn.DayNumber - today.DayNumber;
        var when = days switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => $"in {days} days, on {UkFormat.Date(item.DueOn)}",
        };
        var body = $"Dear {displayName},\r\n\r\n{item.Title} is due {when}.\r\n\r\n{Link(item.Url)}\r\n" + Footer("reminders before due dates");
        return ($"Due {when}: {item.Kind.Label()}{(item.SchoolName is null ? "" : $", {item.SchoolName}")}", body);
    }

    private string Link(string url) =>
        configuration[Hosting.PortalLinks.Setting] is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') + url : url;

    private string Footer(string what) =>
        $"\r\nYou get {what} because the portal lists these for you. To stop them: {Link("/account/reminders")}\r\n";
}
