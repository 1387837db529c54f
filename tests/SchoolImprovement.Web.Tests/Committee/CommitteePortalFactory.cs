using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Committee;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// The demo portal with TEST-ONLY stand-ins for the pack builder and the PDF renderer, so the meeting, publishing and
/// access tests do not depend on what the real ones put in a pack (they have tests of their own).
/// </summary>
public sealed class CommitteePortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<ICommitteePackBuilder, TestPackBuilder>();
            services.AddSingleton<IPackPdfRenderer, TestPackPdfRenderer>();
        });
    }
}

/// <summary>
/// Test-only builder: reads the trust's open schools now (one query), so that a change to the data shows in a draft and
/// not in a published snapshot. Its sections: a trust summary table naming every open school with a RAG chip, a
/// recommendation for decision and a designation for information (both on the first school), and a chart.
/// </summary>
public sealed class TestPackBuilder(PortalDbContext db, TimeProvider clock) : ICommitteePackBuilder
{
    public const string Recommendation = "Test recommendation: extend the board term to two years.";
    public const string Designation = "Test designation, for information.";

    public async Task<PackContent> BuildAsync(PackBuildContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var schools = await db.Schools.AsNoTracking().Where(s => s.ClosedOn == null).OrderBy(s => s.Urn).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var first = schools[0];
        return new PackContent("Test trust", context.MeetingOn, clock.GetUtcNow().UtcDateTime, context.Previous?.MeetingOn,
        [
            new PackSection(PackSectionKind.TrustSummary, PackSectionKind.TrustSummary.Title(), $"{schools.Count} open schools.",
                context.Previous is null ? [] : ["Changed since the last pack."], [],
                [new PackTable("Schools", ["School", "Rating"], [.. schools.Select(s => new PackRow(s.Id, [new PackCell(s.Name), new PackCell("Green", Rag.Green)]))])],
                []),
            new PackSection(PackSectionKind.Recommendations, PackSectionKind.Recommendations.Title(), "1 recommendation.", [],
                [
                    new PackItem(CommitteeItemKind.Recommendation, first.Id, first.Id, first.Name, Recommendation, "RAB meeting"),
                    new PackItem(CommitteeItemKind.Designation, Guid.CreateVersion7(), first.Id, first.Name, Designation, null),
                ],
                [], []),
            new PackSection(PackSectionKind.HeadlineData, PackSectionKind.HeadlineData.Title(), "Against national.", [], [], [],
                [new PackChart("Key stage 2", "%", [new PackBar("Reading, writing and mathematics", 61.5m, 60m, 65m)])]),
        ]);
    }
}

/// <summary>Test-only renderer: a PDF header, the edition, the hash and every section title as text, so tests can read what it was given.</summary>
public sealed class TestPackPdfRenderer : IPackPdfRenderer
{
    public byte[] Render(PackContent content, PackEdition edition)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(edition);
        var text = new StringBuilder("%PDF-1.4\n");
        text.Append("% ").Append(content.TrustName).Append('\n');
        text.Append("% ").Append(edition.Label).Append('\n');
        text.Append("% hash ").Append(edition.Hash ?? "none").Append('\n');
        foreach (var section in content.Sections)
        {
            text.Append("% ").Append(section.Title).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.Append("%%EOF\n").ToString());
    }
}
