using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>
/// The trust calendar (<c>/calendar?month=yyyy-MM</c>, every trust member, for the schools they see) and each person's
/// iCalendar feed: managed at <c>/calendar/feed</c> by the signed-in person for themselves, read anonymously at
/// <c>/calendar/feed/{token}.ics</c> (<see cref="CalendarFeedHandler"/>).
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
public sealed class CalendarController(CalendarQueries calendar, CalendarFeedHandler feeds) : Controller
{
    [HttpGet("calendar")]
    public async Task<IActionResult> Calendar([FromQuery] string? month) =>
        View(await calendar.MonthAsync(month, User, HttpContext.RequestAborted));

    [HttpGet("calendar/feed")]
    public async Task<IActionResult> Feed() =>
        View(await feeds.PageAsync(null, HttpContext.RequestAborted));

    [HttpPost("calendar/feed")]
    public Task<IActionResult> CreateFeed() =>
        this.SubmitAsync(
            () => feeds.CreateAsync(HttpContext.RequestAborted),
            done => NoStore(View("Feed", new CalendarFeedPage(true, null, new Uri(Portal(), $"/calendar/feed/{done.Detail}.ics").ToString()))));

    [HttpGet("calendar/feed/revoke")]
    public async Task<IActionResult> RevokeFeed() =>
        View(await feeds.PageAsync(null, HttpContext.RequestAborted));

    [HttpPost("calendar/feed/revoke")]
    [ActionName(nameof(RevokeFeed))]
    public Task<IActionResult> ConfirmRevokeFeed() =>
        this.SubmitAsync(
            () => feeds.RevokeAsync(HttpContext.RequestAborted),
            _ => this.Done("/calendar/feed", "Your calendar feed has been revoked: its address no longer works."));

    [AllowAnonymous]
    [HttpGet("calendar/feed/{token}.ics")]
    public async Task<IActionResult> Ics(string token)
    {
        var text = await feeds.FeedAsync(token, Portal(), HttpContext.RequestAborted);
        return text is null ? NotFound() : NoStore(Content(text, "text/calendar; charset=utf-8"));
    }

    private Uri Portal() => new($"{Request.Scheme}://{Request.Host}/");

    private IActionResult NoStore(IActionResult result)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return result;
    }
}
