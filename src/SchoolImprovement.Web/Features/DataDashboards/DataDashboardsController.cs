using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>
/// The data dashboards: the trust heat map and the Spotlight candidates for the people who read
/// trust-wide data; one school's trends and gaps for anyone who sees that school (a trustee any school,
/// a headteacher or local committee member their own). Each page exports what it shows as CSV.
/// </summary>
[Authorize(Policy = Policies.TrustMember)]
[Route("data")]
public sealed class DataDashboardsController(PermissionsReader permissions) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ReadTrustData)]
    public async Task<IActionResult> HeatMap([FromQuery] HeatMapQuery query, [FromServices] HeatMapHandler handler) =>
        this.PageView(await handler.HandleAsync(query, allPages: false, HttpContext.RequestAborted));

    [HttpGet("/data.csv")]
    [Authorize(Policy = Policies.ReadTrustData)]
    public async Task<IActionResult> HeatMapCsv([FromQuery] HeatMapQuery query, [FromServices] HeatMapHandler handler) =>
        Csv(DataCsv.HeatMap(await handler.HandleAsync(query, allPages: true, HttpContext.RequestAborted)), "heat-map");

    [HttpGet("spotlight")]
    [Authorize(Policy = Policies.ReadTrustData)]
    public async Task<IActionResult> Spotlight([FromQuery] SpotlightQuery query, [FromServices] SpotlightHandler handler)
    {
        var can = await permissions.CurrentAsync();
        var page = await handler.HandleAsync(query, allPages: false, HttpContext.RequestAborted);
        return this.PageView(page with { CanOpenProjects = can.LeadSpotlight && can.Uses(Domain.Policy.PolicyCapability.SpotlightProjects) });
    }

    [HttpGet("spotlight.csv")]
    [Authorize(Policy = Policies.ReadTrustData)]
    public async Task<IActionResult> SpotlightCsv([FromServices] SpotlightHandler handler) =>
        Csv(DataCsv.Spotlight(await handler.HandleAsync(new SpotlightQuery(), allPages: true, HttpContext.RequestAborted)), "spotlight-candidates");

    [HttpGet("schools/{schoolId:guid}")]
    [SchoolScope(ScopeFrom.School, "schoolId")]
    public async Task<IActionResult> School(Guid schoolId, [FromServices] SchoolTrendsHandler handler) =>
        this.PageView(await handler.HandleAsync(schoolId, (await permissions.CurrentAsync()).ReadTrustData, HttpContext.RequestAborted));

    [HttpGet("schools/{schoolId:guid}.csv")]
    [SchoolScope(ScopeFrom.School, "schoolId")]
    public async Task<IActionResult> SchoolCsv(Guid schoolId, [FromServices] SchoolTrendsHandler handler) =>
        await handler.HandleAsync(schoolId, canSeeTrust: false, HttpContext.RequestAborted) is { } page ? Csv(DataCsv.School(page), "school-data") : NotFound();

    private FileContentResult Csv(byte[] content, string name) => File(content, CsvExport.ContentType, $"{name}.csv");
}
