using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Home;

/// <summary>Sends each person to their home page.</summary>
public sealed class HomeController(HomePageHandler handler, PermissionsReader permissions) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() =>
        Redirect(await handler.HandleAsync(User, await permissions.CurrentAsync(), HttpContext.RequestAborted));
}
