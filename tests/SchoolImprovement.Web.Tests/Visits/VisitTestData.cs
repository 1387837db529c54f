using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Visits;

/// <summary>Visit records made straight through the domain for the visit tests, and the fields of the record form.</summary>
internal static class VisitTestData
{
    public static Dictionary<string, string> Fields(string visitedOn, string purpose, string? days = null, bool publish = false, string notes = "Phonics is taught consistently.") =>
        new()
        {
            ["VisitedOn"] = visitedOn, ["Mode"] = nameof(VisitMode.InPerson), ["Purpose"] = purpose, ["FocusAreas"] = "Reading\nPhonics",
            ["Notes"] = notes, ["Strengths"] = "Leaders know the school well.", ["Days"] = days ?? "", ["Publish"] = publish ? "true" : "false",
        };

    /// <summary>A visit by <paramref name="officerRole"/> of the trust on the school, saved as a draft or published.</summary>
    public static async Task<(Guid Trust, Guid Visit, Guid Version)> VisitAsync(
        PortalFactory factory, string trustPrefix, string domain, int urn, bool publish, string officerRole = TrustRole.SchoolImprovementOfficer)
    {
        var trust = await factory.TrustIdAsync(trustPrefix);
        var school = await factory.SchoolIdAsync(trustPrefix, urn);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(officerRole, domain));
        return await factory.InTrustAsync(trust, async db =>
        {
            var on = new DateOnly(2025, 10, 1);
            var visit = ImprovementVisit.Draft(school, officer, new VisitNote(on, VisitMode.Online, $"Test visit {Guid.NewGuid():N}", ["Reading"], "Test notes", null, null, []), on, DateTimeOffset.UtcNow);
            if (publish)
            {
                visit.Publish(on, DateTimeOffset.UtcNow);
            }

            db.ImprovementVisits.Add(visit);
            await db.SaveChangesAsync();
            return (trust, visit.Id, visit.Version);
        });
    }
}
