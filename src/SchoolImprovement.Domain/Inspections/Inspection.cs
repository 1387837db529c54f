using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Inspections;

/// <summary>
/// One inspection of a school under one framework. Grades are held per area by name: Ofsted 2019
/// areas take <see cref="OfstedGrade"/>, report-card areas take <see cref="ReportCardGrade"/>.
/// </summary>
public sealed class Inspection : ITrustOwned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid SchoolId { get; private set; }
    public InspectionFramework Framework { get; private set; }
    public DateOnly InspectedOn { get; private set; }

    /// <summary>Area name → grade number (1 best). Empty for SIAMS.</summary>
    public IReadOnlyDictionary<string, int> Grades { get; private set; } = new Dictionary<string, int>();

    /// <summary>Report cards only: safeguarding Met (true) or Not met (false).</summary>
    public bool? SafeguardingMet { get; private set; }

    public SiamsJudgement? Siams { get; private set; }

    /// <summary>SIAMS inspection questions the report drew attention to (IQ1-IQ7), with notes.</summary>
    public string Notes { get; private set; } = "";

    private Inspection() { }

    private Inspection(Guid schoolId, InspectionFramework framework, DateOnly inspectedOn, DateOnly today)
    {
        if (inspectedOn > today)
        {
            throw new DomainException("The inspection date cannot be in the future.");
        }

        Id = Guid.CreateVersion7();
        SchoolId = schoolId;
        Framework = framework;
        InspectedOn = inspectedOn;
    }

    public static Inspection Ofsted2019(Guid schoolId, DateOnly inspectedOn, IReadOnlyDictionary<string, OfstedGrade> grades, DateOnly today, string notes = "")
    {
        ArgumentNullException.ThrowIfNull(grades);
        RequireAreas(grades.Keys, InspectionAreas.Ofsted2019, InspectionAreas.OptionalOfsted2019);
        if (grades.Values.Any(g => !Enum.IsDefined(g)))
        {
            throw new DomainException("Ofsted grades run from 1 (Outstanding) to 4 (Inadequate).");
        }

        return new Inspection(schoolId, InspectionFramework.Ofsted2019, inspectedOn, today)
        {
            Grades = grades.ToDictionary(g => g.Key, g => (int)g.Value),
            Notes = notes.Trim(),
        };
    }

    public static Inspection ReportCard(Guid schoolId, DateOnly inspectedOn, IReadOnlyDictionary<string, ReportCardGrade> grades, bool safeguardingMet, DateOnly today, string notes = "")
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (inspectedOn < ReportCardsBegan)
        {
            throw new DomainException("Ofsted report cards began in November 2025; record earlier inspections under the 2019 framework.");
        }

        RequireAreas(grades.Keys, InspectionAreas.ReportCard, InspectionAreas.OptionalReportCard);
        if (grades.Values.Any(g => !Enum.IsDefined(g)))
        {
            throw new DomainException("Report-card grades are Exceptional, Strong standard, Expected standard, Needs attention or Urgent improvement.");
        }

        return new Inspection(schoolId, InspectionFramework.OfstedReportCard, inspectedOn, today)
        {
            Grades = grades.ToDictionary(g => g.Key, g => (int)g.Value),
            SafeguardingMet = safeguardingMet,
            Notes = notes.Trim(),
        };
    }

    public static Inspection SiamsInspection(Guid schoolId, DateOnly inspectedOn, SiamsJudgement judgement, string notes, DateOnly today)
    {
        if (!Enum.IsDefined(judgement))
        {
            throw new DomainException("Choose the SIAMS judgement.");
        }

        return new Inspection(schoolId, InspectionFramework.Siams, inspectedOn, today) { Siams = judgement, Notes = (notes ?? "").Trim() };
    }

    public static readonly DateOnly ReportCardsBegan = new(2025, 11, 1);

    private static void RequireAreas(IEnumerable<string> given, IReadOnlyList<string> all, IReadOnlyList<string> optional)
    {
        var set = given.ToHashSet(StringComparer.Ordinal);
        var unknown = set.Except(all).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"Unknown inspection area: {string.Join(", ", unknown)}.");
        }

        var missing = all.Except(optional).Except(set).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"Give a grade for every area: {string.Join(", ", missing)} missing.");
        }
    }
}
