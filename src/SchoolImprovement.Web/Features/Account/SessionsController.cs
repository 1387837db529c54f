using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>"Your sessions": where a person sees where they are signed in and ends the sessions they do not recognise.</summary>
[Route("account/sessions")]
public sealed class SessionsController(SessionsQueries queries) : Controller
{
    public const string Path = "/account/sessions";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Sessions", await queries.PageAsync(User, HttpContext.RequestAborted));

    [HttpGet("{sessionId:guid}/end")]
    public Task<IActionResult> End(Guid sessionId) => ShowEndAsync(sessionId);

    [HttpPost("{sessionId:guid}/end")]
    [ActionName("End")]
    public Task<IActionResult> EndConfirmed(Guid sessionId, [FromServices] SessionsEndHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.EndOneAsync(User, sessionId, HttpContext.RequestAborted),
            _ => this.Done(Path, "The session has been ended: that browser is signed out."),
            _ => ShowEndAsync(sessionId));
    }

    [HttpGet("end-others")]
    public Task<IActionResult> EndOthers() => ShowEndAsync(null);

    [HttpPost("end-others")]
    [ActionName("EndOthers")]
    public Task<IActionResult> EndOthersConfirmed([FromServices] SessionsEndHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return this.SubmitAsync(new object(), () => handler.EndOthersAsync(User, HttpContext.RequestAborted),
            done => this.Done(Path, done.Detail ?? "Your other sessions have been ended."),
            _ => ShowEndAsync(null));
    }

    private async Task<IActionResult> ShowEndAsync(Guid? sessionId) =>
        this.PageView(await queries.EndPageAsync(User, sessionId, HttpContext.RequestAborted), "SessionsEnd");
}
