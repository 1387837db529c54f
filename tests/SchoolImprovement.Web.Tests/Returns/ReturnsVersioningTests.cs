using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Storage;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>Each upload is a new version and earlier ones are kept; the states over a term follow the pinned clock.</summary>
public sealed class ReturnsVersioningTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ReturnsVersioningTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 5, 10, 0, 0));
    }

    [Fact]
    public async Task A_second_upload_is_version_two_and_the_first_is_kept_with_its_uploader_and_time()
    {
        var school = await _factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var first = await head.UploadAsync(school, "Sef", 2025, "Autumn", ReturnsTestData.Pdf("one"), "sef-1.pdf");
        var firstAt = _factory.Clock.GetUtcNow();
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var second = await head.UploadAsync(school, "Sef", 2025, "Autumn", ReturnsTestData.Pdf("two"), "sef-2.pdf");

        var versions = await _factory.InTrustAsync(ddat, db => db.ReturnVersions.AsNoTracking()
            .Where(v => v.SchoolId == school && v.Document == ReturnDocument.Sef && v.Year == 2025 && v.Term == Term.Autumn).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        var headId = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        Assert.All(versions, v => Assert.Equal(headId, v.UploadedBy));
        Assert.Equal(firstAt.UtcDateTime, versions[0].UploadedAt);
        Assert.Equal(firstAt.AddMinutes(5).UtcDateTime, versions[1].UploadedAt);
        using var oldDownload = await head.GetAsync($"/returns/versions/{versions[0].Id}/download");
        Assert.Equal(ReturnsTestData.Pdf("one"), await oldDownload.Content.ReadAsByteArrayAsync());
        _factory.Clock.PinUk(new DateTime(2026, 10, 5, 10, 0, 0));
    }

    [Fact]
    public async Task A_file_the_check_refuses_is_refused_on_the_page_and_nothing_is_kept()
    {
        var school = await _factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var files = await _factory.InTrustAsync(ddat, db => db.StoredFiles.CountAsync());
        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var refused = await head.UploadAsync(school, "Sef", 2026, "Summer", [], "empty.pdf", note: "kept note");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("empty", page.QuerySelector(".validation-summary-errors, [role=alert], .alert-danger")?.TextContent ?? page.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("kept note", page.QuerySelector("#Note")!.TextContent);
        Assert.Equal(0, await _factory.InTrustAsync(ddat, db => db.ReturnVersions.CountAsync(v => v.SchoolId == school && v.Year == 2026 && v.Term == Term.Summer)));
        Assert.Equal(files, await _factory.InTrustAsync(ddat, db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task The_states_follow_the_term_with_the_pinned_clock()
    {
        var school = await _factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        // Signed in afresh at each pinned instant: a session does not survive weeks of the clock moving on.
        async Task<string?> SpringSefStateAsync()
        {
            using var officer = await _factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
            return (await officer.GetDocumentAsync($"/schools/{school}/returns?year=2026")).QuerySelector("[data-return='Sef-Spring'] [data-state]")?.GetAttribute("data-state");
        }

        try
        {
            _factory.Clock.PinUk(new DateTime(2026, 12, 31, 12, 0, 0));
            Assert.Equal("NotDue", await SpringSefStateAsync());
            _factory.Clock.PinUk(new DateTime(2027, 1, 1, 9, 0, 0));
            Assert.Equal("Due", await SpringSefStateAsync());
            _factory.Clock.PinUk(new DateTime(2027, 1, 31, 23, 0, 0));
            Assert.Equal("Due", await SpringSefStateAsync());
            _factory.Clock.PinUk(new DateTime(2027, 2, 1, 9, 0, 0));
            Assert.Equal("Overdue", await SpringSefStateAsync());

            using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
            using var uploaded = await head.UploadAsync(school, "Sef", 2026, "Spring", ReturnsTestData.Pdf("late"), "late.pdf");
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
            Assert.Equal("Submitted", await SpringSefStateAsync());
        }
        finally
        {
            _factory.Clock.PinUk(new DateTime(2026, 10, 5, 10, 0, 0));
        }
    }
}

/// <summary>A store that fails mid-write: nothing of the upload is registered (no version, no stored file).</summary>
public sealed class ReturnsStoreFailureTests : IClassFixture<ReturnsStoreFailureTests.FailingStorePortal>
{
    private readonly FailingStorePortal _factory;

    public ReturnsStoreFailureTests(FailingStorePortal factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 5, 10, 0, 0));
    }

    public sealed class FailingStorePortal : PortalFactory
    {
        public Mock<IFileStore> Store { get; } = new();

        /// <summary>Off while the demo data is seeded (it stores files too); on for the test's upload.</summary>
        public bool Failing { get; set; }

        public FailingStorePortal()
        {
            Store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
                .Returns(async (string key, Stream content, CancellationToken ct) =>
                {
                    if (!Failing)
                    {
                        await content.CopyToAsync(Stream.Null, ct);
                        return;
                    }

                    var part = new byte[10];
                    await content.ReadExactlyAsync(part, ct);
                    throw new IOException("The disk went away mid-write.");
                });
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(Store.Object));
        }
    }

    [Fact]
    public async Task A_store_failure_mid_write_registers_no_version_and_no_file()
    {
        var school = await _factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var ddat = await _factory.TrustIdAsync(Browsing.DdatTrust);
        var (versions, files) = await _factory.InTrustAsync(ddat, async db => (await db.ReturnVersions.CountAsync(), await db.StoredFiles.CountAsync()));
        using var head = await _factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        _factory.Store.Invocations.Clear();
        _factory.Failing = true;

        using var response = await head.UploadAsync(school, "Sip", 2026, "Autumn", HostileFiles.MinimalPdf(), "plan.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not be stored", (await response.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal((versions, files), await _factory.InTrustAsync(ddat, async db => (await db.ReturnVersions.CountAsync(), await db.StoredFiles.CountAsync())));
        _factory.Store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
