using SchoolImprovement.Web.Common;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Features.Home;

/// <summary>Sends each role to its home page.</summary>
public sealed class HomeController(SchoolAccess access) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        if (User.IsInRole(TrustRole.PlatformAdministrator))
        {
            return Redirect("/platform/trusts");
        }

        if (User.IsInRole(TrustRole.TrustAdministrator))
        {
            return Redirect("/users");
        }

        if (User.IsInRole(TrustRole.Headteacher) && await access.OnlySchoolAsync(User, HttpContext.RequestAborted) is { } school)
        {
            return Redirect($"/schools/{school}");
        }

        if (User.IsInRole(TrustRole.Ceo) || User.IsInRole(TrustRole.DeputyCeo) || User.IsInRole(TrustRole.DirectorOfLearning)
            || User.IsInRole(TrustRole.SchoolImprovementOfficer) || User.IsInRole(TrustRole.Trustee))
        {
            return Redirect("/dashboard");
        }

        return Redirect("/schools");
    }
}
