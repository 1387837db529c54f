using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HeadlineData;

/// <summary>The CSV import: a good file imports, a bad one imports nothing and lists each bad line, the template round-trips.</summary>
public sealed class HeadlineDataImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "Year,Term,Measure,Group,Value,Target,Source";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid school, byte[] content, string name = "data.csv")
    {
        var token = await Browsing.AntiforgeryTokenAsync(client, $"/schools/{school}/data/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"/schools/{school}/data/import", form);
    }

    private static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task A_good_file_imports_every_line()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var csv = $"{Header}\r\n2005/06,,ks2-rwm-expected,All,63.5,68,Statutory result\r\n2005/06,Spring,attendance-overall,SEND,91.2,,Teacher assessment\r\n2005/06,,phonics-y1,Disadvantaged,,,\r\n";

        using var done = await UploadAsync(head, school, Utf8WithBom(csv));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var values = (await factory.ValuesAsync(Browsing.DdatTrust, school, 2005)).OrderBy(v => v.MeasureKey, StringComparer.Ordinal).ToList();
        Assert.Equal(2, values.Count);
        Assert.Equal((Measures.AttendanceOverall, 2, PupilGroup.Send, 91.2m, (decimal?)null, DataSource.TeacherAssessment), (values[0].MeasureKey, values[0].TermNumber, values[0].Group, values[0].Value, values[0].Target, values[0].Source));
        Assert.Equal((Measures.Ks2RwmExpected, 0, PupilGroup.All, 63.5m, (decimal?)68m, DataSource.StatutoryResult), (values[1].MeasureKey, values[1].TermNumber, values[1].Group, values[1].Value, values[1].Target, values[1].Source));
        Assert.All(values, v => Assert.Equal(DataState.Submitted, v.State));
    }

    [Fact]
    public async Task A_windows_1252_file_from_excel_imports()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = $"{Header},Note\r\n2006/07,,ks2-maths-expected,All,74,,Statutory result,Résumé £ café\r\n";

        using var done = await UploadAsync(head, school, Encoding.GetEncoding(1252).GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(74m, Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2006)).Value);
    }

    [Fact]
    public async Task A_bad_file_imports_nothing_and_lists_each_bad_line_with_its_reason()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var csv = string.Join("\r\n",
            Header,
            "2007/08,,ks2-rwm-expected,All,63,,Statutory result",      // 2: good, but the file is bad
            "2007/08,,ks2-progress,All,0.5,,Statutory result",         // 3: unknown measure
            "2007/08,,ks4-attainment8,All,45,,Statutory result",       // 4: not for a primary school
            "2007/08,,ks2-reading-expected,All,120,,Statutory result", // 5: out of range
            "2007/08,,ks2-writing-expected,All,lots,,Teacher assessment", // 6: not a number
            "2007/08,,ks2-rwm-expected,All,64,,Statutory result",      // 7: repeats line 2
            "2007/08,Autumn,suspensions,SEND,-2,,Statutory result",    // 8: a negative count
            "2007/08,,ks2-maths-expected,Everyone,70,,Statutory result"); // 9: unknown group

        using var refused = await UploadAsync(head, school, Utf8WithBom(csv));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var problems = (await refused.DocumentAsync()).QuerySelectorAll(".alert-danger li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("Nothing has been imported", problems[0], StringComparison.Ordinal);
        Assert.Equal(8, problems.Count);
        Assert.StartsWith("Line 3: \"ks2-progress\" is not a measure", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("Line 4: KS4 Attainment 8 is not recorded for a primary school", problems[2], StringComparison.Ordinal);
        Assert.Contains("Line 5: 120 is not a percentage between 0 and 100", problems[3], StringComparison.Ordinal);
        Assert.Equal("Line 6: the value \"lots\" is not a number", problems[4]);
        Assert.Equal("Line 7: it repeats line 2 (the same year, term, measure and group)", problems[5]);
        Assert.Equal("Line 8: -2 cannot be negative.", problems[6]);
        Assert.StartsWith("Line 9: \"Everyone\" is not a pupil group", problems[7], StringComparison.Ordinal);
        Assert.Empty(await factory.ValuesAsync(Browsing.DdatTrust, school, 2007));
    }

    [Fact]
    public async Task A_validated_figure_in_the_file_is_refused_for_the_headteacher_and_nothing_is_imported()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var figure = await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2008, 60m, validated: true);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var csv = $"{Header}\r\n2008/09,,ks2-reading-expected,All,70,,Statutory result\r\n2008/09,,ks2-rwm-expected,All,66,,Statutory result\r\n";

        using var refused = await UploadAsync(head, school, Utf8WithBom(csv));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Line 3: this figure has been validated by the central team", (await refused.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var held = Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2008));
        Assert.Equal((figure.Id, 60m), (held.Id, held.Value));
    }

    [Theory]
    [InlineData("data.xlsx", "Year,Term\r\n", "must be a CSV file")]
    [InlineData("data.csv", "PK\u0003\u0004\0\0binary", "not a CSV text file")]
    [InlineData("data.csv", "URN,EstablishmentName\r\n100000,A school\r\n", "the columns \"Year\"")]
    public async Task A_file_that_is_not_a_headline_data_csv_is_refused(string name, string content, string reason)
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var refused = await UploadAsync(head, school, Encoding.Latin1.GetBytes(content), name);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(reason, (await refused.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_rows_are_refused_and_nothing_is_imported()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var lines = Enumerable.Range(0, 2001).Select(i => $"{2040 + (i / 3)}/{(41 + (i / 3)) % 100:00},,ks2-rwm-expected,{(PupilGroup)((i % 3) + 1)},50,,Statutory result".Replace("Send", "SEND", StringComparison.Ordinal));

        using var refused = await UploadAsync(ceo, school, Utf8WithBom(string.Join("\r\n", lines.Prepend(Header))));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("more than 2,000 rows", (await refused.DocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await factory.ValuesAsync(Browsing.DdatTrust, school, 2040));
    }

    [Fact]
    public async Task The_template_lists_the_schools_measures_and_round_trips()
    {
        factory.Clock.PinUk(new DateTime(2031, 10, 1, 9, 0, 0));
        try
        {
            var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
            using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

            using var template = await head.GetAsync($"/schools/{school}/data/template.csv");
            Assert.Equal(HttpStatusCode.OK, template.StatusCode);
            var text = await template.Content.ReadAsStringAsync();
            var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Header, lines[0].TrimStart('\uFEFF'));
            Assert.Equal((10 + (3 * 3)) * 3, lines.Length - 1); // a primary school: 10 yearly measures, 3 termly ones each term; three groups
            Assert.Contains("2031/32,Spring,persistent-absence,SEND,,,", lines);
            Assert.DoesNotContain(lines, l => l.Contains("ks4-", StringComparison.Ordinal));

            using var unchanged = await UploadAsync(head, school, await template.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
            Assert.Empty(await factory.ValuesAsync(Browsing.DdatTrust, school, 2031));

            var filled = text.Replace("2031/32,,eyfs-gld,All,,,", "2031/32,,eyfs-gld,All,71,75,Teacher assessment", StringComparison.Ordinal);
            using var imported = await UploadAsync(head, school, Encoding.UTF8.GetBytes(filled));
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
            Assert.Equal((Measures.EyfsGld, 71m), Assert.Single(await factory.ValuesAsync(Browsing.DdatTrust, school, 2031)) is var v ? (v.MeasureKey, v.Value) : default);

            using var again = await head.GetAsync($"/schools/{school}/data/template.csv");
            Assert.Contains("2031/32,,eyfs-gld,All,71,75,Teacher assessment", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Release();
        }
    }
}
