using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Web.Tests.ConcernsOverview;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.Committee.Building.CommitteePackTestData;

namespace SchoolImprovement.Web.Tests.Committee.Building;

/// <summary>
/// The committee pack builder (issue 12 item 2) on SQLite and PostgreSQL: each section's content comes from the trust's
/// records (items for decision with their ids, exception tables naming their schools, headline figures against national
/// with charts); the sections a profile does not use, or that hold nothing, are left out (Vine); the changes since the
/// last pack; the committee's deferral notes; closed schools left out. Each test makes its own schools (URNs 177xxx)
/// in the demo trusts and looks for them, so the tests do not depend on one another's order.
/// </summary>
public abstract class CommitteePackBuilderTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task Each_section_reads_its_content_from_the_trust_records()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var people = await DdatPeopleAsync(Portal);
        var made = await Portal.InTrustAsync(trust, async db =>
        {
            var boarded = AddSchool(db, 177001, "Pack Boarded Primary");
            var exiting = AddSchool(db, 177002, "Pack Exiting Primary");
            var spotlit = AddSchool(db, 177003, "Pack Spotlit Primary");
            var records = await DesignateWithBoardAsync(db, boarded, people, "Reading improved; writing still weak.", "Extend the RAB by one term.", "Appoint an interim deputy head.");
            var exit = await ExitRecommendedAsync(db, exiting, people, "Two good monitoring visits and results above national.");
            ConcernsOverviewTestData.OpenSpotlight(db, spotlit.Id, people.Officer, new DateOnly(2026, 9, 10), Today);
            AddKs2Figure(db, spotlit.Id, 40m, 70m, people.Officer);
            await db.SaveChangesAsync();
            return (Boarded: boarded.Id, Exiting: exiting.Id, Spotlit: spotlit.Id, records.Concern.Id, RecommendationId: records.Recommendation.Id, DecisionId: records.Decision.Id, ExitId: exit.Id);
        });

        var pack = await BuildAsync(Portal, trust);

        Assert.StartsWith("Derby", pack.TrustName, StringComparison.Ordinal);
        Assert.Equal(MeetingOn, pack.MeetingOn);
        Assert.Null(pack.PreviousMeetingOn);
        // DDAT uses everything but day allocations (its profile has none).
        Assert.Equal(
            Enum.GetValues<PackSectionKind>().Where(k => k != PackSectionKind.Allocations),
            pack.Sections.Select(s => s.Kind));
        Assert.All(pack.Sections, s => Assert.Equal(s.Kind.Title(), s.Title));
        Assert.All(pack.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Summary)));

        var summary = pack.Section(PackSectionKind.TrustSummary)!;
        Assert.Contains("open schools", summary.Summary, StringComparison.Ordinal);
        Assert.Contains(summary.Tables, t => t.Caption == "Schools by category");

        var concern = pack.Section(PackSectionKind.SchoolsCausingConcern)!;
        var designation = Assert.Single(concern.Items, i => i.ItemId == made.Item4);
        Assert.Equal(CommitteeItemKind.Designation, designation.Kind);
        Assert.Equal(made.Boarded, designation.SchoolId);
        Assert.Contains("1 October 2026", designation.Text, StringComparison.Ordinal);
        Assert.NotNull(RowOf(concern, made.Exiting));

        var boards = pack.Section(PackSectionKind.Boards)!;
        var findings = boards.Tables.Single(t => t.Caption == "Meeting summaries and key findings").Rows.Single(r => r.SchoolId == made.Boarded);
        Assert.Equal(["Pack Boarded Primary", "RAB", "15 October 2026", "Yes", "Reading improved; writing still weak."], findings.Cells.Select(c => c.Text));
        Assert.Contains(boards.Tables.Single(t => t.Caption == "Active boards").Rows, r => r.SchoolId == made.Boarded);

        var recommendation = Assert.Single(pack.Section(PackSectionKind.Recommendations)!.Items, i => i.ItemId == made.RecommendationId);
        Assert.Equal((CommitteeItemKind.Recommendation, "Extend the RAB by one term.", "Pack Boarded Primary"), (recommendation.Kind, recommendation.Text, recommendation.SchoolName));
        var urgent = Assert.Single(pack.Section(PackSectionKind.UrgentDecisions)!.Items, i => i.ItemId == made.DecisionId);
        Assert.Equal((CommitteeItemKind.UrgentDecision, "Appoint an interim deputy head."), (urgent.Kind, urgent.Text));
        Assert.Contains("5 November 2026", urgent.Context, StringComparison.Ordinal);
        var exit = Assert.Single(pack.Section(PackSectionKind.Exits)!.Items, i => i.ItemId == made.ExitId);
        Assert.Equal(CommitteeItemKind.Exit, exit.Kind);
        Assert.Contains("Two good monitoring visits", exit.Text, StringComparison.Ordinal);
        Assert.Contains(pack.ForDecision, i => i.ItemId == made.ExitId);
        Assert.DoesNotContain(pack.ForDecision, i => i.ItemId == made.Item4);

        var headline = pack.Section(PackSectionKind.HeadlineData)!;
        Assert.StartsWith("2024/25:", headline.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(headline.Charts);
        Assert.Contains(headline.Charts.SelectMany(c => c.Bars), b => b.Value is not null && b.National is not null);
        // One row per phase national figures are published for (a demo school's phase may have none).
        var ks2 = headline.Tables.Single(t => t.Caption == "Trust figures against national and target").Rows
            .Where(r => r.Cells[0].Text.StartsWith("KS2 reading, writing and maths: expected standard", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(ks2, r => r.Cells[2].Text != "Not published" && r.Cells[4].Rag is not null);
        var below = RowOf(headline, made.Spotlit);
        Assert.NotNull(below);
        Assert.Contains("KS2 reading, writing and maths: expected standard 40%", below.Cells[2].Text, StringComparison.Ordinal);

        var spotlight = RowOf(pack.Section(PackSectionKind.Spotlight), made.Spotlit);
        Assert.NotNull(spotlight);
        Assert.Equal(Rag.Red, spotlight.Cells[^1].Rag);

        // A school that joined in 2024 and has had no health check, and has returned nothing this term.
        var health = RowOf(pack.Section(PackSectionKind.HealthChecks), made.Exiting);
        Assert.NotNull(health);
        Assert.Equal(("Never", "Overdue", Rag.Red), (health.Cells[1].Text, health.Cells[3].Text, health.Cells[3].Rag));
        var returns = pack.Section(PackSectionKind.Returns)!;
        Assert.StartsWith("Autumn term 2026/27", returns.Summary, StringComparison.Ordinal);
        var missing = RowOf(returns, made.Exiting);
        Assert.NotNull(missing);
        Assert.All(missing.Cells.Skip(1), c => Assert.Equal((ReturnState.Overdue.Label(), (Rag?)Rag.Red), (c.Text, c.Rag)));

        // The demo seeds the last board kind's review two months overdue.
        var terms = pack.Section(PackSectionKind.TermsOfReferenceReviews)!;
        Assert.Contains(terms.Tables.Single().Rows, r => r.Cells[^1].Text == "Overdue" && r.Cells[^1].Rag == Rag.Red);

        // The first pack has nothing to compare with.
        Assert.All(pack.Sections, s => Assert.Empty(s.Changes));
        // Every school row names an open school of the trust.
        var open = await Portal.InTrustAsync(trust, db => db.Schools.Where(s => s.ClosedOn == null).Select(s => s.Id).ToListAsync());
        Assert.All(pack.Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows).Where(r => r.SchoolId is not null), r => Assert.Contains(r.SchoolId!.Value, open));
    }

    [SkippableFact]
    public async Task Vine_pack_leaves_out_the_sections_its_profile_does_not_use_or_that_hold_nothing()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.VineTrust);

        var pack = await BuildAsync(Portal, trust);

        // Vine's profile has no health checks, Spotlight projects or terms of reference reviews; it uses concerns and boards,
        // but the demo Vine trust has no case, board, recommendation, urgent decision or exit: those sections hold nothing.
        Assert.Equal(
            [PackSectionKind.TrustSummary, PackSectionKind.HeadlineData, PackSectionKind.Returns, PackSectionKind.Allocations],
            pack.Sections.Select(s => s.Kind));
        Assert.Empty(pack.Items);
        // Allocations: the demo allocates days to five schools; 290001 has none, so it is an exception.
        var school = await Portal.SchoolIdAsync(Browsing.VineTrust, 290001);
        var row = RowOf(pack.Section(PackSectionKind.Allocations), school);
        Assert.NotNull(row);
        Assert.Equal(("No allocation for the year", (Rag?)Rag.Red), (row.Cells[^1].Text, row.Cells[^1].Rag));
    }

    [SkippableFact]
    public async Task A_pack_says_what_changed_since_the_last_pack()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var people = await DdatPeopleAsync(Portal);
        var returned = await Portal.InTrustAsync(trust, async db =>
        {
            var school = AddSchool(db, 177011, "Pack Returning Primary");
            await db.SaveChangesAsync();
            return school.Id;
        });
        var first = await BuildAsync(Portal, trust);
        // As if the last pack was for a meeting on 1 November.
        var previous = first with { MeetingOn = new DateOnly(2026, 11, 1) };

        await ReturnsTestData.AddVersionAsync(Portal, trust, returned, people.Officer, ReturnDocument.Sef, 2026, Term.Autumn);
        await ReturnsTestData.AddVersionAsync(Portal, trust, returned, people.Officer, ReturnDocument.Sip, 2026, Term.Autumn);
        await HealthCheckTestData.MakeAsync(Portal, Browsing.DdatTrust, Browsing.Ddat, 177011, Today, withAction: false, complete: true);
        var added = await Portal.InTrustAsync(trust, async db =>
        {
            var school = AddSchool(db, 177012, "Pack Newcomer Primary");
            var records = await DesignateWithBoardAsync(db, school, people, "Findings.", "A new recommendation.", "A new urgent decision.");
            await db.SaveChangesAsync();
            return (School: school.Id, Recommendation: records.Recommendation.Id);
        });

        var second = await BuildAsync(Portal, trust, previous);

        Assert.Equal(new DateOnly(2026, 11, 1), second.PreviousMeetingOn);
        var returns = second.Section(PackSectionKind.Returns)!;
        Assert.Contains("Newly listed: Pack Newcomer Primary.", returns.Changes);
        Assert.Contains("No longer listed: Pack Returning Primary.", returns.Changes);
        Assert.Null(RowOf(returns, returned));
        var health = second.Section(PackSectionKind.HealthChecks)!;
        Assert.Contains(health.Changes, c => c.EndsWith("held since the last pack.", StringComparison.Ordinal));
        Assert.Contains("No longer overdue or due: Pack Returning Primary.", health.Changes);
        Assert.Contains("Newly overdue or due: Pack Newcomer Primary.", health.Changes);
        var recommendations = second.Section(PackSectionKind.Recommendations)!;
        Assert.Contains("1 recommendation new since the last pack.", recommendations.Changes);
        Assert.Contains(recommendations.Changes, c => c.EndsWith("carried over from the last pack.", StringComparison.Ordinal));
        Assert.Contains(recommendations.Items, i => i.ItemId == added.Recommendation);
        var concern = second.Section(PackSectionKind.SchoolsCausingConcern)!;
        Assert.Contains("Newly listed: Pack Newcomer Primary.", concern.Changes);
        Assert.Contains("New boards: Pack Newcomer Primary.", second.Section(PackSectionKind.Boards)!.Changes);
    }

    [SkippableFact]
    public async Task Deferred_items_carry_the_committee_deferral_note()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var people = await DdatPeopleAsync(Portal);
        var records = await Portal.InTrustAsync(trust, async db =>
        {
            var school = AddSchool(db, 177021, "Pack Deferred Primary");
            var made = await DesignateWithBoardAsync(db, school, people, "Findings.", "Deferred recommendation.", "Deferred urgent decision.");
            await db.SaveChangesAsync();
            return made;
        });
        const string Note = "Deferred on 12 November 2026: awaiting the autumn data.";

        var pack = await BuildAsync(Portal, trust, deferred: new Dictionary<Guid, string> { [records.Recommendation.Id] = Note });

        var deferred = pack.Items.Single(i => i.ItemId == records.Recommendation.Id);
        Assert.EndsWith(Note, deferred.Context, StringComparison.Ordinal);
        Assert.Contains("recommended on", deferred.Context, StringComparison.Ordinal);
        var notDeferred = pack.Items.Single(i => i.ItemId == records.Decision.Id);
        Assert.DoesNotContain("Deferred", notDeferred.Context, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Closed_schools_are_left_out_of_every_section()
    {
        Portal.Clock.PinUk(Today.ToDateTime(new TimeOnly(9, 0)));
        var trust = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var people = await DdatPeopleAsync(Portal);
        var closed = await Portal.InTrustAsync(trust, async db =>
        {
            var school = AddSchool(db, 177031, "Pack Closed Primary");
            var made = await DesignateWithBoardAsync(db, school, people, "Findings.", "Closed school's recommendation.", "Closed school's urgent decision.");
            ConcernsOverviewTestData.OpenSpotlight(db, school.Id, people.Officer, new DateOnly(2026, 9, 10), Today);
            AddKs2Figure(db, school.Id, 30m, 70m, people.Officer);
            await db.SaveChangesAsync();
            school.Close(new DateOnly(2026, 11, 1));
            await db.SaveChangesAsync();
            return school.Id;
        });

        var pack = await BuildAsync(Portal, trust);

        Assert.DoesNotContain(pack.Items, i => i.SchoolId == closed);
        Assert.DoesNotContain(pack.Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows), r => r.SchoolId == closed);
        Assert.DoesNotContain("Pack Closed Primary", PackSnapshot.Serialize(pack), StringComparison.Ordinal);
    }
}

public sealed class SqliteCommitteePackBuilderTests(SqlitePortal fixture) : CommitteePackBuilderTests<SqlitePortal>(fixture);

public sealed class PostgresCommitteePackBuilderTests(PostgresPortal fixture) : CommitteePackBuilderTests<PostgresPortal>(fixture);
