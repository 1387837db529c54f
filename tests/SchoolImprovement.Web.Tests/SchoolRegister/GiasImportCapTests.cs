using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Imports;
using SchoolImprovement.Web.Features.SchoolRegister;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SchoolRegister;

/// <summary>The demo portal with the GIAS import capped at <see cref="Cap"/> establishments per file.</summary>
public sealed class SmallGiasCapPortalFactory : PortalFactory
{
    public const int Cap = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(GiasImportHandler.MaxRowsSetting, Cap.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class GiasImportCapTests(SmallGiasCapPortalFactory factory) : IClassFixture<SmallGiasCapPortalFactory>
{
    private const string Import = "/schools/import";

    [Fact]
    public async Task A_file_over_the_configured_cap_is_refused_on_the_import_page_and_nothing_is_imported()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fourRows = GiasFiles.Csv(
            GiasFiles.Header,
            "398001,Cap School One,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,",
            "398002,Cap School Two,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,",
            "398003,Cap School Three,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,",
            "398004,Cap School Four,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,");

        using var refused = await UploadAsync(admin, fourRows);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains(GiasEstablishmentReader.TooManyRows(SmallGiasCapPortalFactory.Cap), page.Text(), StringComparison.Ordinal);
        Assert.Contains("The file has more than 3 establishments", page.Text(), StringComparison.Ordinal);
        // The import (upload) page again, not the choice page: no sealed file to confirm.
        Assert.NotNull(page.QuerySelector($"form[action='{Import}'] input[type=file]"));
        Assert.Null(page.QuerySelector("form[action='/schools/import/confirm']"));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        Assert.False(await factory.InTrustAsync(trust, db => db.Schools.AnyAsync(s => s.Urn >= 398001 && s.Urn <= 398004)));
    }

    [Fact]
    public async Task A_file_at_the_cap_goes_on_to_the_choice()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var uploaded = await UploadAsync(admin, GiasFiles.Good(398101));

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await uploaded.DocumentAsync();
        Assert.NotNull(page.QuerySelector("form[action='/schools/import/confirm']"));
        Assert.DoesNotContain("more than 3 establishments", page.Text(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        var token = await Browsing.AntiforgeryTokenAsync(client, Import);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "edubasealldata.csv");
        return await client.PostAsync(Import, content);
    }
}
