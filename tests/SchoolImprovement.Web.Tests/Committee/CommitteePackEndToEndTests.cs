using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Pdf;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// A pack through the real builder and the real PDF renderer (no stand-ins): the clerk publishes the DDAT demo's pack over
/// HTTP; the published PDF names every section and every school of what was published; after a school is renamed the draft
/// shows the new name while the published web view, the stored JSON, its hash and the PDF a trustee downloads keep the old one.
/// </summary>
public sealed class CommitteePackEndToEndTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [SkippableFact]
    public async Task A_published_pack_keeps_its_content_in_the_web_view_and_the_pdf_after_the_data_changes()
    {
        PdfText.SkipUnlessInstalled();
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);

        using (var published = await clerk.PostFormAsync($"/committee/meetings/{meeting}/publish", new Dictionary<string, string>(), $"/committee/meetings/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var pack = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
        var content = pack.Content();
        var named = content.Items.Select(i => i.SchoolName)
            .Concat(content.Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows).Where(r => r.SchoolId is not null).Select(r => r.Cells[0].Text))
            .Distinct().ToList();
        Assert.True(content.Sections.Count >= 5, $"the DDAT demo pack should have most sections; it has {string.Join(", ", content.Sections.Select(s => s.Kind))}");
        Assert.NotEmpty(named);

        var pdfBefore = await trustee.GetByteArrayAsync($"/committee/packs/{pack.Id}/pdf");
        var text = PdfText.Flat(PdfText.Raw(pdfBefore));
        Assert.All(content.Sections, s => Assert.Contains(s.Title, text, StringComparison.Ordinal));
        Assert.All(named, school => Assert.Contains(school, text, StringComparison.Ordinal));
        Assert.Contains(pack.ContentHash[..32], text, StringComparison.Ordinal);

        // A school the pack names is renamed after publishing.
        var schoolId = content.Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows).First(r => r.SchoolId is not null).SchoolId!.Value;
        var oldName = await factory.InTrustAsync(trust, db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleAsync());
        const string newName = "Renamed After The Pack Academy";
        await factory.InTrustAsync(trust, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Id == schoolId);
            db.Entry(school).Property(s => s.Name).CurrentValue = newName;
            await db.SaveChangesAsync();
        });
        try
        {
            var draft = await clerk.GetStringAsync($"/committee/meetings/{meeting}/draft");
            Assert.Contains(newName, draft, StringComparison.Ordinal);

            var view = WebUtility.HtmlDecode(await trustee.GetStringAsync($"/committee/packs/{pack.Id}"));
            Assert.Contains(oldName, view, StringComparison.Ordinal);
            Assert.DoesNotContain(newName, view, StringComparison.Ordinal);
            Assert.Contains(pack.ContentHash, view, StringComparison.Ordinal);

            var after = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
            Assert.Equal(pack.ContentJson, after.ContentJson);
            Assert.Equal(pack.ContentHash, after.ContentHash);
            Assert.Equal(PackSnapshot.Hash(after.ContentJson), after.ContentHash);

            var pdfAfter = PdfText.Flat(PdfText.Raw(await trustee.GetByteArrayAsync($"/committee/packs/{pack.Id}/pdf")));
            Assert.Contains(oldName, pdfAfter, StringComparison.Ordinal);
            Assert.DoesNotContain(newName, pdfAfter, StringComparison.Ordinal);
        }
        finally
        {
            await factory.InTrustAsync(trust, async db =>
            {
                var school = await db.Schools.SingleAsync(s => s.Id == schoolId);
                db.Entry(school).Property(s => s.Name).CurrentValue = oldName;
                await db.SaveChangesAsync();
            });
        }
    }
}
