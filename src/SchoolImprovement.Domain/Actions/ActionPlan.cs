using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Domain.Actions;

/// <summary>
/// Turns a confirmed category into the school's action plan: one action per standard response of
/// that category in the trust's profile (Vine policy, "Possible Responses to Categorisation"), or
/// per planned action where the officer tailored the plan before confirmation; due at the end of
/// the current term, owned by the role the response names.
/// </summary>
public static class ActionPlan
{
    public static IReadOnlyList<ImprovementAction> FromStandardResponses(
        SchoolCategorisation confirmed, CategoryDefinition category, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(category);
        if (confirmed.Status != CategorisationStatus.Confirmed)
        {
            throw new Tenancy.DomainException("Only a confirmed category creates an action plan.");
        }

        var due = EndOfTerm(today);

        // Stamped a millisecond apart, so the plan (and its time-ordered ids) keeps the policy's order.
        return [.. (confirmed.PlannedActions ?? category.StandardResponses).Select((response, i) =>
            ImprovementAction.Create(confirmed.SchoolId, response, ActionSource.Categorisation, confirmed.Id, OwnerRoleFor(response), null, due, today, now.AddMilliseconds(i)))];
    }

    /// <summary>The last day of the term containing <paramref name="date"/>: 31 December, 31 March or 31 July.</summary>
    public static DateOnly EndOfTerm(DateOnly date) => AcademicYear.TermOf(date) switch
    {
        Term.Autumn => new DateOnly(date.Year, 12, 31),
        Term.Spring => new DateOnly(date.Year, 3, 31),
        _ => new DateOnly(date.Year, 7, 31) < date ? new DateOnly(date.Year, 8, 31) : new DateOnly(date.Year, 7, 31),
    };

    /// <summary>The role a standard response names first, e.g. "The director of learning will monitor..." → Director of Learning.</summary>
    public static string OwnerRoleFor(string response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = response.ToUpperInvariant();
        (string Phrase, string Role)[] names =
        [
            ("SPECIALIST LEADER", TrustRole.SpecialistLeader), ("SLE", TrustRole.SpecialistLeader),
            ("DIRECTOR OF LEARNING", TrustRole.DirectorOfLearning),
            ("SCHOOL IMPROVEMENT LEADER", TrustRole.SchoolImprovementOfficer), ("SSIO", TrustRole.SchoolImprovementOfficer), ("SIL", TrustRole.SchoolImprovementOfficer),
            ("DEPUTY CEO", TrustRole.DeputyCeo), ("CEO", TrustRole.Ceo),
            ("GOVERN", TrustRole.GovernanceProfessional),
            ("HEADTEACHER", TrustRole.Headteacher),
        ];
        return names.Select(n => (n.Role, At: text.IndexOf(n.Phrase, StringComparison.Ordinal)))
            .Where(n => n.At >= 0)
            .OrderBy(n => n.At)
            .Select(n => n.Role)
            .FirstOrDefault() ?? TrustRole.DirectorOfLearning;
    }
}
