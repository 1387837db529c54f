using System.Globalization;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Web.Features.Committee;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>A pack content with every one of the 12 sections filled, over any number of schools (PDF tests and the sample render).</summary>
public static class PackPdfSamples
{
    private static readonly string[] Places = ["Allestree", "Belper", "Chaddesden", "Darley Abbey", "Etwall", "Findern", "Greenhill", "Hilton", "Ilkeston", "Kirk Langley", "Littleover", "Mickleover", "Normanton", "Oakwood", "Pear Tree", "Quarndon", "Ripley", "Spondon", "Turnditch", "Walbrook"];
    private static readonly string[] Kinds = ["Primary School", "Church of England Primary Academy", "Infant School", "Junior Academy", "Academy", "Catholic Voluntary Academy"];

    public static string SchoolName(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{Places[i % Places.Length]} {Kinds[(i / Places.Length) % Kinds.Length]} {i + 1:000}");

    public static PackEdition Published => new("Version 2, published 3 December 2026", new string('a', 32) + new string('0', 32), "The allocation table counted a cancelled visit as used");

    public static PackEdition Draft => new("Draft, not for circulation", null, null);

    public static PackContent Content(int schoolCount, string trust = "Derby Diocesan Academy Trust")
    {
        var schools = Enumerable.Range(0, schoolCount).Select(i => (Id: new Guid(i + 1, 0, 0, new byte[8]), Name: SchoolName(i), Primary: i % 5 != 4)).ToList();
        var rag = new[] { Rag.Green, Rag.Green, Rag.Amber, Rag.Green, Rag.Red };
        PackItem Item(CommitteeItemKind kind, int i, string text, string? context) => new(kind, Guid.NewGuid(), schools[i].Id, schools[i].Name, text, context);
        static PackCell C(string text, Rag? r = null) => new(text, r);
        IEnumerable<int> Every(int n) => Enumerable.Range(0, schoolCount).Where(i => i % n == 0);

        var sections = new List<PackSection>
        {
            new(PackSectionKind.TrustSummary, PackSectionKind.TrustSummary.Title(),
                $"{schoolCount} open schools: {schools.Count(s => s.Primary)} primary and {schools.Count(s => !s.Primary)} secondary. {Every(5).Count()} are red, {Every(7).Count()} moved category since the last pack.",
                ["2 schools moved from amber to green after their autumn reviews.", "1 school moved from green to amber: leadership changes and a falling roll."],
                [],
                [new PackTable("Schools by category", ["School", "Phase", "Category", "Previous", "Movement"],
                    schools.Select((s, i) => new PackRow(s.Id, [C(s.Name), C(s.Primary ? "Primary" : "Secondary"), C(rag[i % 5].Label(), rag[i % 5]), C(rag[(i + 1) % 5].Label(), rag[(i + 1) % 5]), C(i % 7 == 0 ? "Moved" : "No change")])).ToList())],
                []),
            new(PackSectionKind.SchoolsCausingConcern, PackSectionKind.SchoolsCausingConcern.Title(),
                $"{Every(10).Count()} schools are causing concern; 1 newly designated since the last pack.",
                ["Newly designated: " + schools[0].Name + "."],
                [Item(CommitteeItemKind.Designation, 0, "Designated a school causing concern by the CEO after the October review: Key Stage 2 outcomes well below national for two years.", "Designated on 14 October 2026")],
                [new PackTable("Schools causing concern", ["School", "Designated on", "Reason", "Status"],
                    Every(10).Select(i => new PackRow(schools[i].Id, [C(schools[i].Name), C("14 October 2026"), C("Outcomes below national for two years and a new headteacher in post since September."), C(i % 20 == 0 ? "New" : "Continuing", i % 20 == 0 ? Rag.Red : Rag.Amber)])).ToList())],
                []),
            new(PackSectionKind.Boards, PackSectionKind.Boards.Title(),
                "The Regional Accountability Board and the Intensive Leadership and Teaching Committee each met once this term.",
                ["The RAB met on 3 October 2026 and the ILTC on 17 October 2026."],
                [],
                [new PackTable("Meeting summaries and key findings", ["Board", "Met on", "Summary", "Key findings"],
                [
                    new PackRow(null, [C("Regional Accountability Board"), C("3 October 2026"), C("Reviewed the summer results of every school and the autumn categorisations; heard from two headteachers."), C("Reading at the end of Key Stage 1 has improved in most schools; writing remains weak in schools causing concern.")]),
                    new PackRow(null, [C("Intensive Leadership and Teaching Committee"), C("17 October 2026"), C("Reviewed the improvement plans of the schools causing concern."), C("Plans are clear but two schools need more support with attendance.")]),
                ])],
                []),
            new(PackSectionKind.Recommendations, PackSectionKind.Recommendations.Title(), $"{Every(25).Count()} recommendations from the boards await the committee's decision.", [],
                Every(25).Select(i => Item(CommitteeItemKind.Recommendation, i, "Recommend a second year of additional School Improvement Leader time focused on writing in Key Stages 1 and 2.", i == 0 ? "RAB meeting of 3 October 2026. Deferred on 12 July 2026: awaiting the summer results" : "RAB meeting of 3 October 2026")).ToList(),
                [], []),
            new(PackSectionKind.UrgentDecisions, PackSectionKind.UrgentDecisions.Title(), "2 decisions taken by the RAB chair between meetings await ratification.", [],
                [Item(CommitteeItemKind.UrgentDecision, 1, "Approved an interim executive headteacher arrangement from 1 November 2026.", "Chair's decision of 28 October 2026"),
                 Item(CommitteeItemKind.UrgentDecision, Math.Min(2, schoolCount - 1), "Approved releasing an SLE for ten days to support Year 6 mathematics.", "Chair's decision of 4 November 2026")],
                [], []),
            new(PackSectionKind.Exits, PackSectionKind.Exits.Title(), "The CEO recommends 1 school exits designation.", [],
                [Item(CommitteeItemKind.Exit, Math.Min(3, schoolCount - 1), "Recommend the school exits designation: two consecutive good reviews and outcomes in line with national.", "Designated since 12 September 2024")],
                [], []),
            new(PackSectionKind.HeadlineData, PackSectionKind.HeadlineData.Title(), "Trust outcomes against national and the trust's targets for 2026.", ["Key Stage 2 reading, writing and mathematics rose by 4 points."], [],
                [new PackTable("Key Stage 2 by school (below national shown red)", ["School", "Reading, writing and maths", "Against national"],
                    schools.Where(s => s.Primary).Take(12).Select((s, i) => new PackRow(s.Id, [C(s.Name), C(string.Create(CultureInfo.InvariantCulture, $"{48 + i * 3}%")), C(48 + i * 3 < 61 ? "Below" : "At or above", 48 + i * 3 < 61 ? Rag.Red : Rag.Green)])).ToList())],
                [
                    new PackChart("Key Stage 2: expected standard", "%",
                    [
                        new PackBar("Reading, writing and mathematics", 59.5m, 61m, 65m),
                        new PackBar("Reading", 73m, 74m, 76m),
                        new PackBar("Writing (teacher assessment)", 70m, 72m, 75m),
                        new PackBar("Mathematics", 72m, 73m, null),
                        new PackBar("Grammar, punctuation and spelling", 71m, null, 74m),
                    ]),
                    new PackChart("Key Stage 4: Attainment 8 and EBacc average point score", "points",
                    [
                        new PackBar("Attainment 8", 44.1m, 45.9m, 47m),
                        new PackBar("EBacc average point score", 3.9m, 4.08m, null),
                    ]),
                    new PackChart("Key Stage 4: Progress 8", "points", [new PackBar("Progress 8", -0.21m, -0.03m, 0m)]),
                ]),
            new(PackSectionKind.Spotlight, PackSectionKind.Spotlight.Title(), "3 Spotlight projects are running.", [], [],
                [new PackTable("Spotlight projects", ["School", "Project", "Progress"],
                    schools.Take(3).Select((s, i) => new PackRow(s.Id, [C(s.Name), C(i == 0 ? "Early reading with the English hub" : "Attendance: first-day calling"), C(i == 1 ? "Behind plan" : "On track", i == 1 ? Rag.Amber : Rag.Green)])).ToList())],
                []),
            new(PackSectionKind.HealthChecks, PackSectionKind.HealthChecks.Title(), $"{schoolCount - Every(9).Count()} health checks done this year; {Every(9).Count()} overdue.", ["4 health checks were completed since the last pack."], [],
                [new PackTable("Health checks overdue", ["School", "Last health check", "Due", "Status"],
                    Every(9).Select(i => new PackRow(schools[i].Id, [C(schools[i].Name), C("2 May 2025"), C("2 May 2026"), C("Overdue", Rag.Red)])).ToList())],
                []),
            new(PackSectionKind.Returns, PackSectionKind.Returns.Title(), $"{Every(8).Count()} schools have not returned their autumn SEF or SIP.", [], [],
                [new PackTable("Autumn returns outstanding", ["School", "SEF", "SIP"],
                    Every(8).Select(i => new PackRow(schools[i].Id, [C(schools[i].Name), C(i % 16 == 0 ? "Missing" : "Returned", i % 16 == 0 ? Rag.Red : Rag.Green), C("Missing", Rag.Red)])).ToList())],
                []),
            new(PackSectionKind.Allocations, PackSectionKind.Allocations.Title(), "SIL and SLE days used against allocated this year.", [], [],
                [new PackTable("Allocation utilisation", ["School", "Allocated days", "Used days", "Utilisation"],
                    schools.Select((s, i) => new PackRow(s.Id, [C(s.Name), C("10"), C((i % 11).ToString(CultureInfo.InvariantCulture)), C(string.Create(CultureInfo.InvariantCulture, $"{(i % 11) * 10}%"), (i % 11) < 4 ? Rag.Red : (i % 11) < 8 ? Rag.Amber : Rag.Green)])).ToList())],
                []),
            new(PackSectionKind.TermsOfReferenceReviews, PackSectionKind.TermsOfReferenceReviews.Title(), "2 boards' terms of reference are due for their annual review.", [], [],
                [new PackTable("Reviews due", ["Board", "Last reviewed", "Due"],
                [
                    new PackRow(null, [C("Regional Accountability Board"), C("5 December 2025"), C("5 December 2026")]),
                    new PackRow(null, [C("Intensive Leadership and Teaching Committee"), C("9 January 2026"), C("9 January 2027")]),
                ])],
                []),
        };

        return new PackContent(trust, new DateOnly(2026, 12, 3), new DateTime(2026, 11, 26, 16, 5, 0, DateTimeKind.Utc), new DateOnly(2026, 7, 9), sections);
    }
}
