using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// One document the trust's profile asks every school to return: in which terms, and how many days
/// after the term starts it is due. The two seed policies ask for the SEF and the SIP every term.
/// </summary>
public sealed record ReturnRequirement(ReturnDocument Document, IReadOnlyList<Term> Terms, int DueDaysAfterTermStart)
{
    public const int MaximumDueDays = 90;

    public const int DefaultDueDays = 30;

    /// <summary>SEF and SIP every term, due 30 days after the term starts (also what a profile saved before the setting existed means).</summary>
    public static IReadOnlyList<ReturnRequirement> Defaults { get; } =
    [
        new(ReturnDocument.Sef, [Term.Autumn, Term.Spring, Term.Summer], DefaultDueDays),
        new(ReturnDocument.Sip, [Term.Autumn, Term.Spring, Term.Summer], DefaultDueDays),
    ];

    public bool IsRequiredIn(Term term) => Terms.Contains(term);

    /// <summary>The requirement a school's upload answers; refuses a document or term the trust does not ask for.</summary>
    public static ReturnRequirement Asked(IReadOnlyList<ReturnRequirement> requirements, ReturnDocument document, Term term)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        return requirements.FirstOrDefault(r => r.Document == document && r.IsRequiredIn(term))
            ?? throw new Tenancy.DomainException($"The trust does not ask for the {document.ShortName()} in the {term} term.");
    }

    /// <summary>What is wrong with a set of requirements (empty when it can be saved): one per document, known terms, due days 0-90.</summary>
    public static IReadOnlyList<string> ProblemsOf(IReadOnlyList<ReturnRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var problems = new List<string>();
        if (requirements.Any(r => r is null || !Enum.IsDefined(r.Document)))
        {
            problems.Add("Each return must be the SEF or the SIP.");
            return problems;
        }

        if (requirements.Select(r => r.Document).Distinct().Count() != requirements.Count)
        {
            problems.Add("Each document can be required only once.");
        }

        foreach (var r in requirements)
        {
            if (r.Terms is null || r.Terms.Count == 0 || r.Terms.Any(t => !Enum.IsDefined(t)) || r.Terms.Distinct().Count() != r.Terms.Count)
            {
                problems.Add($"Choose the terms the {r.Document.ShortName()} is returned in (at least one).");
            }

            if (r.DueDaysAfterTermStart is < 0 or > MaximumDueDays)
            {
                problems.Add($"The {r.Document.ShortName()} must be due between 0 and {MaximumDueDays} days after the term starts.");
            }
        }

        return problems;
    }
}
