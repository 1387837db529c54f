using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.DueDiligence;

/// <summary>
/// Due diligence on a school joining the trust (Vine §5: "Before a school joins the Vine Schools Trust the directors will
/// carry out an assessment of the school's strengths and development areas"), on the template of Vine Appendix A: the
/// school's headteacher, chair of governors, the date, time and location, who completed it, the evidence gathered, general
/// observations, the financial introduction, a RAG risk assessment with comments for each academic and financial area
/// (<see cref="DueDiligenceAreas"/>) and further actions. Completed when every area is rated and a first category proposed:
/// the school then joins the register (<see cref="Complete"/>). Withdrawn when the school does not join; kept on record.
/// </summary>
public sealed class DueDiligenceAssessment : ITrustOwned, IVersioned
{
    public const int NameLength = 200;
    public const int HeldAtLength = 300;
    public const int TextLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>The joining school's name ("School" / "Academy" on the template).</summary>
    public string SchoolName { get; private set; } = "";

    /// <summary>The school's URN when known; required to complete (the register needs it).</summary>
    public int? Urn { get; private set; }

    public string? Headteacher { get; private set; }
    public string? ChairOfGovernors { get; private set; }

    /// <summary>"Date, Time and Location" as the template has it: free text.</summary>
    public string? HeldAt { get; private set; }

    /// <summary>"Due Diligence Completed By:" — the directors who carried it out, by name.</summary>
    public string? CompletedBy { get; private set; }

    public string? EvidenceGathered { get; private set; }
    public string? GeneralObservations { get; private set; }

    /// <summary>The financial due diligence's introduction.</summary>
    public string? Introduction { get; private set; }

    public string? FurtherActions { get; private set; }
    public DueDiligenceStatus Status { get; private set; }

    /// <summary>The first category proposed on completion (one of the profile's categories).</summary>
    public string? ProposedCategory { get; private set; }

    public DateOnly? CompletedOn { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>The school made on the register on completion.</summary>
    public Guid? SchoolId { get; private set; }

    /// <summary>The person who started the assessment in the portal.</summary>
    public Guid StartedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime StartedAt { get; private set; }

    /// <summary>The person who completed it in the portal (and so proposed the first category).</summary>
    public Guid? CompletedByUserId { get; private set; }

    private readonly List<DueDiligenceArea> _areas = [];

    /// <summary>Every area of the template, in its order.</summary>
    public IReadOnlyList<DueDiligenceArea> Areas => _areas;

    private DueDiligenceAssessment() { }

    /// <summary>Starts an assessment with every area of the template unrated. Refused without the school's name.</summary>
    public static DueDiligenceAssessment Start(DueDiligenceDetails details, Guid startedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new List<string>();
        var assessment = new DueDiligenceAssessment
        {
            Id = Guid.CreateVersion7(now),
            Status = DueDiligenceStatus.InProgress,
            StartedBy = startedBy,
            StartedAt = now.UtcDateTime,
        };
        var apply = assessment.CheckDetails(details, problems);
        Throw(problems);
        apply();
        assessment._areas.AddRange(DueDiligenceAreas.All.Select(a => new DueDiligenceArea(assessment.Id, a)));
        return assessment;
    }

    public bool IsInProgress => Status == DueDiligenceStatus.InProgress;

    /// <summary>The head of the template as recorded.</summary>
    public DueDiligenceDetails Details() => new(SchoolName, Urn, Headteacher, ChairOfGovernors, HeldAt, CompletedBy);

    /// <summary>The areas not yet rated, in the template's order.</summary>
    public IReadOnlyList<DueDiligenceAreaKind> UnratedAreas => [.. _areas.Where(a => a.Rag is null).Select(a => a.Area).Order()];

    /// <summary>
    /// Records the details, the narrative and the areas' ratings and comments as typed (an area may stay unrated until
    /// completion). Refused (all the reasons at once) once completed or withdrawn, without the school's name, with a URN that
    /// is not six digits, an unknown rating or text too long. Areas not given keep what they had.
    /// </summary>
    public void Record(DueDiligenceDetails details, DueDiligenceNarrative narrative, IReadOnlyList<DueDiligenceRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(narrative);
        ArgumentNullException.ThrowIfNull(ratings);
        RequireInProgress();
        var problems = new List<string>();
        var apply = CheckDetails(details, problems);
        var evidence = Text(narrative.EvidenceGathered, "The evidence gathered", TextLength, problems);
        var observations = Text(narrative.GeneralObservations, "The general observations", TextLength, problems);
        var introduction = Text(narrative.Introduction, "The introduction", TextLength, problems);
        var further = Text(narrative.FurtherActions, "The further actions", TextLength, problems);
        var changes = new List<(DueDiligenceArea Area, Rag? Rag, string? Comments)>();
        foreach (var rating in ratings)
        {
            var area = _areas.FirstOrDefault(a => a.Area == rating.Area);
            if (area is null)
            {
                problems.Add("Rate only the areas of the due diligence template.");
                continue;
            }

            if (rating.Rag is { } rag && !Enum.IsDefined(rag))
            {
                problems.Add($"Choose Red, Amber or Green for {rating.Area.Label()}.");
            }

            changes.Add((area, rating.Rag, Text(rating.Comments, $"The comments on {rating.Area.Label()}", DueDiligenceArea.CommentsLength, problems)));
        }

        Throw(problems);
        apply();
        EvidenceGathered = evidence;
        GeneralObservations = observations;
        Introduction = introduction;
        FurtherActions = further;
        foreach (var (area, rag, comments) in changes)
        {
            area.Rate(rag, comments);
        }
    }

    /// <summary>
    /// Completes the assessment: the school joins the register (the returned <see cref="School"/>, joined on
    /// <paramref name="on"/>) with <paramref name="proposedCategory"/> as its first category to propose. Refused (all the
    /// reasons at once) unless in progress, with an area unrated (named), without the headteacher, chair of governors, date,
    /// time and location or who completed it, with a category the trust's scheme does not have, a future date or register
    /// details the register refuses. The caller checks the URN is not already on the trust's register.
    /// </summary>
    public School Complete(SchoolDetails school, string? proposedCategory, IReadOnlyList<CategoryDefinition> scheme, Guid completedBy, DateOnly on, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(scheme);
        RequireInProgress();
        var problems = new List<string>();
        var unrated = UnratedAreas;
        if (unrated.Count > 0)
        {
            problems.Add($"Rate every area before completing: {string.Join(", ", unrated.Select(a => a.Label()))} not yet rated.");
        }

        if (Headteacher is null || ChairOfGovernors is null || HeldAt is null || CompletedBy is null)
        {
            problems.Add("Record the headteacher, the chair of governors, the date, time and location and who completed the due diligence before completing.");
        }

        var category = scheme.FirstOrDefault(c => c.Name.Equals(proposedCategory?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (category is null)
        {
            problems.Add($"Propose a first category, one of the trust's categories: {string.Join(", ", scheme.Select(c => c.Name))}.");
        }

        if (on > today)
        {
            problems.Add("Due diligence cannot be completed on a future date.");
        }

        var details = school with { Name = SchoolName, DateJoined = on };
        problems.AddRange(details.Problems());
        Throw(problems);

        var made = new School(details);
        Status = DueDiligenceStatus.Completed;
        CompletedOn = on;
        CompletedByUserId = completedBy;
        ProposedCategory = category!.Name;
        SchoolId = made.Id;
        Urn = details.Urn;
        SchoolName = made.Name;
        return made;
    }

    /// <summary>Withdraws the assessment (the school is not joining). Refused unless in progress, or on a future date.</summary>
    public void Withdraw(DateOnly on, DateOnly today)
    {
        RequireInProgress();
        if (on > today)
        {
            throw new DomainException("Due diligence cannot be withdrawn on a future date.");
        }

        Status = DueDiligenceStatus.Withdrawn;
        WithdrawnOn = on;
    }

    private void RequireInProgress()
    {
        if (!IsInProgress)
        {
            throw new DomainException($"This due diligence is {Status.Label().ToLowerInvariant()}: it can no longer be changed.");
        }
    }

    /// <summary>Checks the details into <paramref name="problems"/>; the returned action applies them once nothing is refused.</summary>
    private Action CheckDetails(DueDiligenceDetails details, List<string> problems)
    {
        var name = Text(details.SchoolName, "The school's name", NameLength, problems);
        if (name is null)
        {
            problems.Add("Give the name of the joining school.");
        }

        if (details.Urn is { } urn && urn is < SchoolDetails.LowestUrn or > SchoolDetails.HighestUrn)
        {
            problems.Add("The URN must be a six-digit number.");
        }

        var head = Text(details.Headteacher, "The headteacher's name", NameLength, problems);
        var chair = Text(details.ChairOfGovernors, "The chair of governors' name", NameLength, problems);
        var held = Text(details.HeldAt, "The date, time and location", HeldAtLength, problems);
        var by = Text(details.CompletedBy, "Who completed the due diligence", NameLength, problems);
        return () =>
        {
            SchoolName = name!;
            Urn = details.Urn;
            Headteacher = head;
            ChairOfGovernors = chair;
            HeldAt = held;
            CompletedBy = by;
        };
    }

    private static string? Text(string? text, string what, int length, List<string> problems)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed?.Length > length)
        {
            problems.Add($"{what} can be at most {length:N0} characters.");
        }

        return trimmed;
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }
    }
}

/// <summary>The head of the template: the school, its URN, headteacher, chair of governors, date, time and location, and who completed it.</summary>
public sealed record DueDiligenceDetails(string? SchoolName, int? Urn, string? Headteacher, string? ChairOfGovernors, string? HeldAt, string? CompletedBy);

/// <summary>The template's narrative boxes: evidence gathered, general observations, the financial introduction, further actions.</summary>
public sealed record DueDiligenceNarrative(string? EvidenceGathered, string? GeneralObservations, string? Introduction, string? FurtherActions);

/// <summary>One area's RAG risk assessment (null while unrated) and comments.</summary>
public sealed record DueDiligenceRating(DueDiligenceAreaKind Area, Rag? Rag, string? Comments);
