using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Web.Features.Inspections;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Inspections;

public sealed class LatestInspectionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    [Fact]
    public async Task The_latest_per_framework_comes_from_one_query_and_the_newest_Ofsted_decides_the_suggestion()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        LatestInspections? latest = null;
        var commands = 0;
        await factory.InTrustAsync(ddat, async db =>
        {
            var school = await db.Schools.Where(s => s.Urn == 190007).Select(s => s.Id).SingleAsync();
            var good = InspectionAreas.Ofsted2019.Except(InspectionAreas.OptionalOfsted2019).ToDictionary(a => a, _ => OfstedGrade.Good);
            var inadequate = good.ToDictionary(g => g.Key, g => g.Key == "Leadership and management" ? OfstedGrade.Inadequate : g.Value);
            var card = InspectionAreas.ReportCard.Except(InspectionAreas.OptionalReportCard).ToDictionary(a => a, a => a == "Inclusion" ? ReportCardGrade.NeedsAttention : ReportCardGrade.StrongStandard);
            db.Inspections.AddRange(
                Inspection.Ofsted2019(school, new DateOnly(2019, 6, 1), inadequate, Today),
                Inspection.Ofsted2019(school, new DateOnly(2023, 3, 8), good, Today),
                Inspection.ReportCard(school, new DateOnly(2026, 2, 3), card, true, Today),
                Inspection.SiamsInspection(school, new DateOnly(2022, 5, 4), SiamsJudgement.LivingUpToFoundation, "", Today));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            factory.Commands.Reset();
            latest = await LatestInspections.ForSchoolAsync(db, school, CancellationToken.None);
            commands = factory.Commands.Count;
        });

        Assert.InRange(commands, 1, 2);
        Assert.Equal(new DateOnly(2023, 3, 8), latest!.Ofsted2019?.InspectedOn);
        Assert.Equal(new DateOnly(2026, 2, 3), latest.ReportCard?.InspectedOn);
        Assert.Equal(SiamsJudgement.LivingUpToFoundation.Label(), latest.Siams?.SiamsJudgement);
        Assert.Equal(InspectionSignals.Support, latest.Suggestion?.Category);
        Assert.Equal(["Inclusion: Needs attention (03/02/2026)"], latest.Suggestion!.Reasons);

        var html = await RenderPartialAsync(latest);
        Assert.Contains("<h2 id=\"latest-inspections\" class=\"h4\">Latest inspections</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Ofsted report card, 03/02/2026:", html, StringComparison.Ordinal);
        Assert.Contains("Ofsted (2019 framework), 08/03/2023:", html, StringComparison.Ordinal);
        Assert.Contains("SIAMS, 04/05/2022:", html, StringComparison.Ordinal);
        Assert.Contains("Suggests <strong>Support</strong> because Inclusion: Needs attention (03/02/2026)", html, StringComparison.Ordinal);
        Assert.Contains("a suggestion, not a decision", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/schools/{latest.SchoolId}/inspections\">All inspections</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_without_inspections_renders_an_empty_section()
    {
        var html = await RenderPartialAsync(LatestInspections.From(Guid.CreateVersion7(), []));

        Assert.Contains("No inspection is recorded yet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggests", html, StringComparison.Ordinal);
    }

    /// <summary>Renders Features/Shared/_LatestInspections.cshtml as a page owner would with &lt;partial&gt;.</summary>
    private async Task<string> RenderPartialAsync(LatestInspections model)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var engine = scope.ServiceProvider.GetRequiredService<IRazorViewEngine>();
        var view = engine.GetView(null, "/Features/Shared/_LatestInspections.cshtml", isMainPage: false).View
            ?? throw new InvalidOperationException("The partial was not found.");
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<LatestInspections>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(http, scope.ServiceProvider.GetRequiredService<ITempDataProvider>());
        await view.RenderAsync(new ViewContext(action, view, viewData, tempData, writer, new HtmlHelperOptions()));
        return writer.ToString();
    }
}
