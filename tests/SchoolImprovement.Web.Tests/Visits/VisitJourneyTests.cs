using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Features.Visits;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Visits;

/// <summary>
/// The visit journey through HTTP in DDAT: the officer saves a draft (unseen by the headteacher), edits it, publishes it
/// (the agreed action goes into the tracker; the days stay on the visit, DDAT having no allocations); the note is due
/// for the headteacher 14 days later; a dispute without a comment is refused with the input kept; the dispute with its
/// comment stays on record on the visit and the school's visits page; a second response is refused.
/// </summary>
public sealed class VisitJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_officer_drafts_edits_and_publishes_and_the_headteacher_disputes_once_with_a_comment_on_record()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var headId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        // A draft, with an agreed action.
        var fields = VisitTestData.Fields("2026-11-19", "Journey: reading review", "1.5", notes: "First draft of the note.");
        fields["Actions[0].Title"] = "Journey: plan phonics CPD";
        fields["Actions[0].OwnerRole"] = TrustRole.Headteacher;
        fields["Actions[0].DueOn"] = "2027-01-15";
        using var drafted = await officer.PostFormAsync($"/schools/{school}/visits/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var visitUrl = drafted.Headers.Location!.OriginalString;
        var id = Guid.Parse(visitUrl["/visits/".Length..]);
        var draft = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(VisitStatus.Draft, draft.Status);
        Assert.Equal(1.5m, draft.Days);
        Assert.Equal(["Reading", "Phonics"], draft.FocusAreas);
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.Actions.CountAsync(a => a.SourceId == id)));

        // The headteacher sees neither the draft nor it on the school's page.
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(visitUrl)).StatusCode);
        Assert.Null((await head.GetDocumentAsync($"/schools/{school}/visits")).QuerySelector($"a[href='{visitUrl}']"));

        // The officer edits the draft, then publishes it.
        var edit = await officer.GetDocumentAsync($"{visitUrl}/edit");
        Assert.Equal("First draft of the note.", edit.QuerySelector("#Notes")!.TextContent);
        var editFields = edit.FieldsOf($"{visitUrl}/edit").Where(f => f.Key != "Mode").ToList()
            .With("Mode", nameof(VisitMode.Online)).With("Notes", "The final note: phonics is consistent.").With("Publish", "false");
        using var edited = await officer.SubmitAsync($"{visitUrl}/edit", editFields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var page = await officer.GetDocumentAsync(visitUrl);
        Assert.Contains("The final note", page.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Online", page.QuerySelector("#mode")!.TextContent.Trim());
        using var published = await officer.SubmitAsync($"{visitUrl}/publish", page.FieldsOf($"{visitUrl}/publish"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await factory.InTrustAsync(trust, async db =>
        {
            var visit = await db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == id);
            Assert.Equal(VisitStatus.Published, visit.Status);
            Assert.Equal(new DateOnly(2026, 11, 20), visit.PublishedOn);
            var action = await db.Actions.AsNoTracking().SingleAsync(a => a.SourceId == id);
            Assert.Equal(ActionSource.Visit, action.Source);
            Assert.Equal("Journey: plan phonics CPD", action.Title);
            Assert.Equal(school, action.SchoolId);
            // DDAT has no day allocations: the days stay on the visit only.
            Assert.Equal(0, await db.DayLogs.CountAsync(l => l.VisitId == id));
        });

        // Published: no more editing; due on the headteacher's list 14 days later.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{visitUrl}/edit")).StatusCode);
        var due = await DueAsync(trust, headId, school);
        var item = Assert.Single(due, d => d.Subject == $"visit:{id}");
        Assert.Equal(DueKind.VisitResponse, item.Kind);
        Assert.Equal(new DateOnly(2026, 12, 4), item.DueOn);
        Assert.Equal(visitUrl, item.Url);
        Assert.Equal([headId], item.ResponsibleUserIds);

        // The headteacher disputes without a comment: refused, the choice kept.
        var headPage = await head.GetDocumentAsync(visitUrl);
        Assert.Equal("Awaiting the headteacher", headPage.QuerySelector("#response-state")!.TextContent.Trim());
        var version = headPage.QuerySelector("#respond input[name=Version]")!.GetAttribute("value")!;
        using var noComment = await head.PostFormAsync($"{visitUrl}/response", new Dictionary<string, string> { ["Version"] = version, ["Response"] = nameof(VisitResponse.Disputed), ["Comment"] = " " }, visitUrl);
        Assert.Equal(HttpStatusCode.OK, noComment.StatusCode);
        var refused = await noComment.DocumentAsync();
        Assert.Contains("a disputed note needs a comment", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#Response-Disputed[checked]"));
        Assert.Null((await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == id))).Response);

        using var disputed = await head.PostFormAsync($"{visitUrl}/response", new Dictionary<string, string>
        {
            ["Version"] = version, ["Response"] = nameof(VisitResponse.Disputed), ["Comment"] = "The Year 2 lesson was not observed.",
        }, visitUrl);
        Assert.Equal(HttpStatusCode.Redirect, disputed.StatusCode);
        var saved = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(VisitResponse.Disputed, saved.Response);
        Assert.Equal("The Year 2 lesson was not observed.", saved.ResponseComment);
        Assert.Equal(headId, saved.RespondedBy);
        Assert.DoesNotContain(await DueAsync(trust, headId, school), d => d.Subject == $"visit:{id}");

        // On record: the visit page and the school's visits page show the dispute and its comment; the form is gone.
        var after = await officer.GetDocumentAsync(visitUrl);
        Assert.Equal("Disputed", after.QuerySelector("#response-state")!.TextContent.Trim());
        Assert.Contains("The Year 2 lesson was not observed.", after.QuerySelector("#response-comment")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await head.GetDocumentAsync(visitUrl)).QuerySelector("#respond"));
        var list = await head.GetDocumentAsync($"/schools/{school}/visits");
        var row = list.QuerySelectorAll("#visits tbody tr").Single(r => r.QuerySelector($"a[href='{visitUrl}']") is not null);
        Assert.Contains("Disputed", row.QuerySelector(".state")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The Year 2 lesson was not observed.", row.QuerySelector(".dispute-comment")!.TextContent, StringComparison.Ordinal);

        // A second response is refused and the dispute stays.
        using var second = await head.PostFormAsync($"{visitUrl}/response", new Dictionary<string, string>
        {
            ["Version"] = saved.Version.ToString(), ["Response"] = nameof(VisitResponse.Confirmed), ["Comment"] = "",
        }, $"/schools/{school}/visits");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already been disputed", (await second.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var kept = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(VisitResponse.Disputed, kept.Response);
        Assert.Equal("The Year 2 lesson was not observed.", kept.ResponseComment);
    }

    [Fact]
    public async Task Publishing_at_once_without_notes_is_refused_with_the_input_kept_and_nothing_saved()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        using var refused = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-11-18", "Kept purpose without notes", "1", publish: true, notes: ""));
        using var badDays = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-11-18", "Kept purpose with odd days", "0.3"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Write the visit note before publishing it", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept purpose without notes", page.QuerySelector("#Purpose")!.GetAttribute("value"));
        Assert.Equal("1", page.QuerySelector("#Days")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, badDays.StatusCode);
        Assert.Contains("half days", (await badDays.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.ImprovementVisits.CountAsync(v => v.Purpose.StartsWith("Kept purpose"))));
    }

    [Fact]
    public async Task The_officers_list_shows_their_own_visits_and_the_ceo_filters_the_trusts_by_school()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var (_, mine, _) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, publish: true);
        var (_, directors, _) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, publish: true, TrustRole.DirectorOfLearning);
        var (_, directorsDraft, _) = await VisitTestData.VisitAsync(factory, Browsing.DdatTrust, Browsing.Ddat, 190001, publish: false, TrustRole.DirectorOfLearning);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var own = await officer.GetDocumentAsync("/visits");
        Assert.Equal("My visits", own.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(own.QuerySelector($"a[href='/visits/{mine}']"));
        Assert.Null(own.QuerySelector($"a[href='/visits/{directors}']"));

        var filtered = await ceo.GetDocumentAsync($"/visits?All=true&School={school}");
        var links = filtered.QuerySelectorAll("#visits tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/visits/{mine}", links);
        Assert.Contains($"/visits/{directors}", links);
        Assert.DoesNotContain($"/visits/{directorsDraft}", links);
        Assert.All(filtered.QuerySelectorAll("#visits tbody tr"), r => Assert.Contains("/schools/" + school, r.InnerHtml, StringComparison.Ordinal));
        var dates = filtered.QuerySelectorAll("#visits tbody th a").Select(a => DateOnly.ParseExact(a.TextContent.Trim(), "dd/MM/yyyy")).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task The_demo_has_a_disputed_visit_with_its_comment_and_leaves_the_test_schools_alone()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var disputedSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, DemoVisits.DisputedUrn);
        var untouched = new[] { await factory.SchoolIdAsync(Browsing.DdatTrust, 190001), await factory.SchoolIdAsync(Browsing.DdatTrust, 190010), await factory.SchoolIdAsync(Browsing.VineTrust, 290001) };
        var disputed = await factory.InTrustAsync(ddat, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Response == VisitResponse.Disputed && v.ResponseComment == DemoVisits.DisputeComment));
        Assert.Equal(disputedSchool, disputed.SchoolId);
        foreach (var urn in DemoVisits.DdatUrns)
        {
            var id = await factory.SchoolIdAsync(Browsing.DdatTrust, urn);
            Assert.True(await factory.InTrustAsync(ddat, db => db.ImprovementVisits.CountAsync(v => v.SchoolId == id && v.Status == VisitStatus.Published)) >= 3);
        }

        Assert.True(await factory.InTrustAsync(vine, db => db.ImprovementVisits.CountAsync()) >= 3);
        var purposes = DemoVisits.Purposes.ToList();
        Assert.Equal(0, await factory.InTrustAsync(ddat, db => db.ImprovementVisits.CountAsync(v => purposes.Contains(v.Purpose) && untouched.Contains(v.SchoolId))));
        Assert.Equal(0, await factory.InTrustAsync(vine, db => db.ImprovementVisits.CountAsync(v => purposes.Contains(v.Purpose) && untouched.Contains(v.SchoolId))));
    }

    private async Task<IReadOnlyList<DueItem>> DueAsync(Guid trust, Guid user, Guid school)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, user, "visit due test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var policy = (await db.PolicyProfiles.AsNoTracking().SingleAsync()).Content;
        var source = scope.ServiceProvider.GetServices<IDueSource>().OfType<VisitResponseDueSource>().Single();
        return await source.DueAsync(new DueContext(factory.Clock.Today(), policy, school), CancellationToken.None);
    }
}
