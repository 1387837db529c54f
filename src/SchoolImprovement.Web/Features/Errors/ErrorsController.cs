using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Errors;

/// <summary>
/// Friendly error pages with the request's correlation id; never any detail of the failure.
/// Re-executed with the failed request's method, so a refused POST must not be refused again by antiforgery.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[AllowedBeforeMfaSetup]
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("{status:int}")]
    public IActionResult Status(int status)
    {
        Response.StatusCode = status;
        var page = new ErrorPage(status, HttpContext.TraceIdentifier);
        return status switch
        {
            StatusCodes.Status404NotFound => View("NotFound", page),
            StatusCodes.Status403Forbidden => View("Forbidden", page),
            >= 500 => View("ServerError", page),
            _ => View("Problem", page),
        };
    }
}
