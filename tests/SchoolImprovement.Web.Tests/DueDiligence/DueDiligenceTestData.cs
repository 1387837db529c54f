using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>Due diligence made straight in the database, and the template's form fields as a browser posts them.</summary>
public static class DueDiligenceTestData
{
    /// <summary>Starts due diligence in the trust, with every area rated <paramref name="rag"/> (or none when null).</summary>
    public static async Task<(Guid Trust, Guid Id)> AssessmentAsync(this PortalFactory factory, string trustPrefix, string domain, string name, int? urn, Rag? rag)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var trust = await factory.TrustIdAsync(trustPrefix);
        var ceo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, domain));
        return await factory.InTrustAsync(trust, async db =>
        {
            var details = new DueDiligenceDetails(name, urn, "Mrs Head", "Mr Chair", "Monday, 10am, at the school", "The CEO");
            var assessment = DueDiligenceAssessment.Start(details, ceo, DateTimeOffset.UtcNow);
            if (rag is { } r)
            {
                assessment.Record(details, new DueDiligenceNarrative("Minutes", "Warm", "Accounts", null), [.. DueDiligenceAreas.All.Select(a => new DueDiligenceRating(a, r, null))]);
            }

            db.DueDiligenceAssessments.Add(assessment);
            await db.SaveChangesAsync();
            return (trust, assessment.Id);
        });
    }

    public static Task<DueDiligenceAssessment> ReadAsync(this PortalFactory factory, Guid trust, Guid id)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.InTrustAsync(trust, db => db.DueDiligenceAssessments.AsNoTracking().Include(a => a.Areas).SingleAsync(a => a.Id == id));
    }

    /// <summary>The template form's fields: the details given, and each area rated as <paramref name="rating"/> says (unrated when it gives null).</summary>
    public static List<KeyValuePair<string, string>> Template(Guid version, string name, int? urn, Func<DueDiligenceAreaKind, (Rag? Rag, string? Comments)> rating, string? furtherActions = null)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Version", version.ToString()), new("SchoolName", name), new("Urn", urn?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new("Headteacher", "Mrs Head"), new("ChairOfGovernors", "Mr Chair"), new("HeldAt", "Monday 9 November, 10am, at the school"),
            new("CompletedBy", "The CEO and the Director of Learning"), new("EvidenceGathered", "Self-evaluation and minutes"),
            new("GeneralObservations", "A warm school"), new("Introduction", "Three years' accounts"), new("FurtherActions", furtherActions ?? "Agree a recovery plan"),
        ];
        foreach (var (area, index) in DueDiligenceAreas.All.Select((a, i) => (a, i)))
        {
            var (rag, comments) = rating(area);
            fields.Add(new($"Areas[{index}].Area", area.ToString()));
            fields.Add(new($"Areas[{index}].Rag", rag?.ToString() ?? ""));
            fields.Add(new($"Areas[{index}].Comments", comments ?? ""));
        }

        return fields;
    }

    /// <summary>The register details and proposed category of the completion form.</summary>
    public static List<KeyValuePair<string, string>> Completion(Guid version, int urn, string on, string category = "Developing") =>
    [
        new("Version", version.ToString()), new("Urn", urn.ToString(CultureInfo.InvariantCulture)), new("Phase", "Primary"),
        new("EstablishmentType", "Academy converter"), new("LocalAuthority", "Essex"), new("ChurchDesignation", "Church of England"),
        new("Diocese", "Diocese of Chelmsford"), new("Pupils", "180"), new("CompletedOn", on), new("ProposedCategory", category),
    ];
}
