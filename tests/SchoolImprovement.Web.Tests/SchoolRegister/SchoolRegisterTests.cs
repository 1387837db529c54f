using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SchoolRegister;

public sealed class SchoolRegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string New = "/schools/new";
    private const string Import = "/schools/import";
    private const string Confirm = "/schools/import/confirm";

    [Fact]
    public async Task A_new_school_is_added_and_appears_in_the_list()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var fields = (await ceo.FieldsAsync(New, New))
            .With("Urn", "391901").With("Name", "Kedleston Oak Primary Academy").With("Phase", "Primary")
            .With("EstablishmentType", "Academy converter").With("LocalAuthority", "Derby").With("ChurchDesignation", "")
            .With("Diocese", "").With("Pupils", "204").With("DateJoined", "2024-09-01");

        using var saved = await ceo.SubmitAsync(New, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/schools/", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var list = await ceo.GetDocumentAsync("/schools?Search=Kedleston");
        Assert.Contains("Kedleston Oak Primary Academy", list.Text(), StringComparison.Ordinal);
        Assert.Contains("01/09/2024", list.Text(), StringComparison.Ordinal);
        var profile = await ceo.GetAsync(saved.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task A_duplicate_urn_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(New, New))
            .With("Urn", "190001").With("Name", "Duplicate Urn Primary").With("Phase", "Primary")
            .With("EstablishmentType", "Academy converter").With("LocalAuthority", "Derby").With("DateJoined", "2024-09-01");

        using var refused = await admin.SubmitAsync(New, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("URN 190001 is already in the trust's register as St Alkmund's CE Primary Academy", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Duplicate Urn Primary", page.QuerySelector("#Name")!.GetAttribute("value"));
        await InDdatAsync(async db =>
        {
            Assert.Equal(1, await db.Schools.CountAsync(s => s.Urn == 190001));
            Assert.False(await db.Schools.AnyAsync(s => s.Name == "Duplicate Urn Primary"));
        });
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_saves_nothing()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = (await admin.FieldsAsync(New, New)).With("Urn", "12").With("Name", "Too Short Urn Academy");

        using var refused = await admin.SubmitAsync(New, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await refused.DocumentAsync()).Text();
        Assert.Contains("The URN must be a six-digit number", text, StringComparison.Ordinal);
        Assert.Contains("Enter the school's phase", text, StringComparison.Ordinal);
        Assert.Contains("Enter the date the school joined the trust", text, StringComparison.Ordinal);
        await InDdatAsync(async db => Assert.False(await db.Schools.AnyAsync(s => s.Name == "Too Short Urn Academy")));
    }

    [Fact]
    public async Task A_conflicting_edit_shows_the_newer_values_and_keeps_the_users_input()
    {
        var id = await DdatSchoolIdAsync(190003);
        var edit = $"/schools/{id}/edit";
        using var first = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        using var second = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var firstForm = await first.FieldsAsync(edit, edit);
        var secondForm = await second.FieldsAsync(edit, edit);

        using var firstSave = await first.SubmitAsync(edit, firstForm.With("Name", "Dovedale Meadows (first)").With("Pupils", "310"));
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        using var secondSave = await second.SubmitAsync(edit, secondForm.With("Name", "Dovedale Meadows (second)"));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await secondSave.DocumentAsync();
        Assert.Contains("Someone else saved this while you were working on it", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Name: Dovedale Meadows (first)", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Pupils: 310", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Dovedale Meadows (second)", page.QuerySelector("#Name")!.GetAttribute("value"));
        await InDdatAsync(async db => Assert.Equal("Dovedale Meadows (first)", (await db.Schools.SingleAsync(s => s.Id == id)).Name));

        // Saving again, now against the newer version, replaces their values.
        var again = page.FieldsOf(edit);
        using var thirdSave = await second.SubmitAsync(edit, again);
        Assert.Equal(HttpStatusCode.Redirect, thirdSave.StatusCode);
        await InDdatAsync(async db => Assert.Equal("Dovedale Meadows (second)", (await db.Schools.SingleAsync(s => s.Id == id)).Name));
    }

    [Fact]
    public async Task A_closed_school_keeps_its_profile_and_can_be_reopened()
    {
        var id = await DdatSchoolIdAsync(190008);
        var close = $"/schools/{id}/close";
        using var dl = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);

        using var tooEarly = await dl.SubmitAsync(close, (await dl.FieldsAsync(close, close)).With("ClosedOn", "2020-01-01"));
        Assert.Equal(HttpStatusCode.OK, tooEarly.StatusCode);
        Assert.Contains("cannot close before the date it joined", (await tooEarly.DocumentAsync()).Text(), StringComparison.Ordinal);

        using var closed = await dl.SubmitAsync(close, (await dl.FieldsAsync(close, close)).With("ClosedOn", "2026-08-31"));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        await InDdatAsync(async db => Assert.Equal(new DateOnly(2026, 8, 31), (await db.Schools.SingleAsync(s => s.Id == id)).ClosedOn));
        using var profile = await dl.GetAsync($"/schools/{id}");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Contains("Long Eaton Brook Primary Academy", (await profile.DocumentAsync()).Text(), StringComparison.Ordinal);

        var reopen = $"/schools/{id}/reopen";
        using var reopened = await dl.SubmitAsync(reopen, await dl.FieldsAsync(close, reopen));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        await InDdatAsync(async db => Assert.Null((await db.Schools.SingleAsync(s => s.Id == id)).ClosedOn));
    }

    [Fact]
    public async Task A_gias_import_adds_exactly_the_chosen_urns_and_a_reimport_updates_them_without_duplicates()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        using var uploaded = await UploadAsync(admin, GiasFiles.Good(392001));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var choose = await uploaded.DocumentAsync();
        Assert.Contains("St Æthelred's CofE Primary School", choose.Text(), StringComparison.Ordinal);
        using var imported = await admin.SubmitAsync(Confirm, ChosenFields(choose, 392001, 392003));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        await InDdatAsync(async db =>
        {
            var schools = await db.Schools.Where(s => s.Urn >= 392001 && s.Urn <= 392003).OrderBy(s => s.Urn).ToListAsync();
            Assert.Equal([392001, 392003], schools.Select(s => s.Urn));
            Assert.Equal("St Æthelred's CofE Primary School", schools[0].Name);
            Assert.Equal(210, schools[0].Pupils);
            Assert.Equal(new DateOnly(2015, 9, 1), schools[0].DateJoined);
            Assert.Equal("Church of England", schools[0].ChurchDesignation);
            Assert.Null(schools[1].ChurchDesignation);
        });

        using var again = await UploadAsync(admin, GiasFiles.Good(392001, pupilsOfFirst: 225, nameOfThird: "Brook Academy Trust School"));
        var chooseAgain = await again.DocumentAsync();
        Assert.Contains("Yes: will be updated", chooseAgain.Text(), StringComparison.Ordinal);
        using var reimported = await admin.SubmitAsync(Confirm, ChosenFields(chooseAgain, 392001, 392003));

        Assert.Equal(HttpStatusCode.Redirect, reimported.StatusCode);
        await InDdatAsync(async db =>
        {
            var schools = await db.Schools.Where(s => s.Urn >= 392001 && s.Urn <= 392003).OrderBy(s => s.Urn).ToListAsync();
            Assert.Equal([392001, 392003], schools.Select(s => s.Urn));
            Assert.Equal(225, schools[0].Pupils);
            Assert.Equal("Brook Academy Trust School", schools[1].Name);
        });
    }

    [Fact]
    public async Task A_bad_gias_file_imports_nothing_and_lists_every_bad_row()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var bad = GiasFiles.Csv(
            GiasFiles.Header,
            "393001,Good School,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,",
            "39300X,Bad Urn School,Derby,Academy converter,Primary,4,11,,,,100,,,,,",
            "393003,Bad Date School,Derby,Academy converter,Primary,4,11,,,,100,,,2015-09-01,,",
            "393001,Twice School,Derby,Academy converter,Primary,4,11,,,,100,,,,,");

        using var refused = await UploadAsync(ceo, bad);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await refused.DocumentAsync()).Text();
        Assert.Contains("nothing has been imported", text, StringComparison.Ordinal);
        Assert.Contains("Line 3: the URN \"39300X\" is not a six-digit number", text, StringComparison.Ordinal);
        Assert.Contains("Line 4: the open date \"2015-09-01\" is not a date", text, StringComparison.Ordinal);
        Assert.Contains("Line 5: URN 393001 appears more than once", text, StringComparison.Ordinal);
        await InDdatAsync(async db => Assert.False(await db.Schools.AnyAsync(s => s.Urn >= 393001 && s.Urn <= 393003)));
    }

    [Fact]
    public async Task An_upload_that_is_not_a_csv_file_is_refused()
    {
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        using var wrongExtension = await UploadAsync(ceo, GiasFiles.Good(394001), "edubase.xlsx");
        using var binary = await UploadAsync(ceo, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);

        Assert.Contains("must be a CSV file", (await wrongExtension.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Contains("not a CSV text file", (await binary.DocumentAsync()).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_payload_is_refused_and_imports_nothing()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var uploaded = await UploadAsync(admin, GiasFiles.Good(395001));
        var fields = ChosenFields(await uploaded.DocumentAsync(), 395001).With("Payload", "not-the-sealed-file");

        using var refused = await admin.SubmitAsync(Confirm, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("expired or was changed", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        await InDdatAsync(async db => Assert.False(await db.Schools.AnyAsync(s => s.Urn == 395001)));
    }

    [Fact]
    public async Task Another_users_payload_cannot_be_replayed()
    {
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var uploaded = await UploadAsync(admin, GiasFiles.Good(396001));
        var payload = ChosenFields(await uploaded.DocumentAsync(), 396001).Single(f => f.Key == "Payload").Value;
        var ceoFields = new List<KeyValuePair<string, string>> { new("Payload", payload), new("FileName", "x.csv"), new("Urns", "396001") };

        using var refused = await ceo.PostFormAsync(Confirm, ceoFields, Import);

        Assert.Contains("expired or was changed", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        await InDdatAsync(async db => Assert.False(await db.Schools.AnyAsync(s => s.Urn == 396001)));
    }

    [Fact]
    public async Task A_headteacher_cannot_manage_schools()
    {
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var own = await DdatSchoolIdAsync(190001);

        foreach (var url in new[] { New, Import, $"/schools/{own}/edit", $"/schools/{own}/close" })
        {
            using var response = await head.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var list = await head.GetDocumentAsync("/schools");
        Assert.DoesNotContain("Add a school", list.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_trusts_school_answers_not_found_to_edit_close_and_reopen_with_valid_tokens_and_is_not_changed()
    {
        var vine = await factory.TrustIdAsync("Vine");
        Guid open = default, closed = default;
        string openName = "";
        await factory.InTrustAsync(vine, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Urn == 290001);
            (open, openName) = (school.Id, school.Name);
            var other = await db.Schools.SingleAsync(s => s.Urn == 290009);
            closed = other.Id;
            other.Close(new DateOnly(2026, 8, 31));
            await db.SaveChangesAsync();
        });
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var own = await DdatSchoolIdAsync(190001);

        using var edit = await ceo.GetAsync($"/schools/{open}/edit");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);

        // Each post carries a valid antiforgery token (from the user's own school's form): only access can refuse it.
        var fields = (await ceo.FieldsAsync($"/schools/{own}/edit", $"/schools/{own}/edit")).With("Name", "Taken Over").With("Urn", "290001");
        using var post = await ceo.SubmitAsync($"/schools/{open}/edit", fields);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var closeFields = (await ceo.FieldsAsync($"/schools/{own}/close", $"/schools/{own}/close")).With("ClosedOn", "2026-08-31");
        using var close = await ceo.SubmitAsync($"/schools/{open}/close", closeFields);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        using var reopen = await ceo.PostFormAsync($"/schools/{closed}/reopen", new Dictionary<string, string>(), $"/schools/{own}/close");
        Assert.Equal(HttpStatusCode.NotFound, reopen.StatusCode);

        await factory.InTrustAsync(vine, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Id == open);
            Assert.Equal(openName, school.Name);
            Assert.Null(school.ClosedOn);
            Assert.Equal(new DateOnly(2026, 8, 31), (await db.Schools.SingleAsync(s => s.Id == closed)).ClosedOn);
        });
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName = "edubasealldata.csv")
    {
        var token = await Browsing.AntiforgeryTokenAsync(client, Import);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return await client.PostAsync(Import, content);
    }

    /// <summary>The choice form's hidden fields (token, sealed file) with the given URNs ticked and no others.</summary>
    private static List<KeyValuePair<string, string>> ChosenFields(IDocument choose, params int[] urns)
    {
        var fields = choose.FieldsOf(Confirm).Where(f => f.Key != "Urns").ToList();
        fields.AddRange(urns.Select(u => new KeyValuePair<string, string>("Urns", u.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return fields;
    }

    private async Task<Guid> DdatSchoolIdAsync(int urn)
        => await factory.SchoolIdAsync(Browsing.DdatTrust, urn);

    private async Task InDdatAsync(Func<Infrastructure.Persistence.PortalDbContext, Task> work) =>
        await factory.InTrustAsync(await factory.TrustIdAsync("Derby"), work);
}
