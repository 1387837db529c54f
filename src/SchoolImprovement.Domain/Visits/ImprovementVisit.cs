using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Visits;

/// <summary>
/// An improvement visit (issue 11; Vine §4 "How schools will be supported", DDAT §2): the school's linked officer records
/// the date, whether it was in person or online, its purpose and focus areas, notes, strengths seen and the actions agreed
/// (each with an owner and a due date), and the time it took in half-day steps. A draft is seen by its officer and the
/// Director of Learning and may be edited; publishing puts the agreed actions into the action tracker and sends the note to
/// the school, whose headteacher confirms it as accurate or disputes it with a comment, once. A published note is never
/// edited: a disputed note stays on record with its comment, and a correction is published as a new visit.
/// </summary>
public sealed class ImprovementVisit : ITrustOwned, IVersioned
{
    public const int PurposeLength = 500;
    public const int FocusAreaLength = 200;
    public const int MaxFocusAreas = 12;
    public const int NotesLength = 8000;
    public const int StrengthsLength = 4000;
    public const int ActionTitleLength = 500;
    public const int OwnerRoleLength = 200;
    public const int MaxAgreedActions = 20;
    public const int CommentLength = 4000;

    /// <summary>The longest visit recorded at once, in days.</summary>
    public const decimal MaxDays = 10m;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }

    /// <summary>The officer who made the visit and writes its note.</summary>
    public Guid OfficerUserId { get; private set; }

    public DateOnly VisitedOn { get; private set; }
    public VisitMode Mode { get; private set; }
    public string Purpose { get; private set; } = "";
    public IReadOnlyList<string> FocusAreas { get; private set; } = [];
    public string? Notes { get; private set; }
    public string? Strengths { get; private set; }

    /// <summary>The time the visit took, in half-day steps; logged on the officer's day allocation when published.</summary>
    public decimal? Days { get; private set; }

    /// <summary>The actions agreed at the visit; they become tracker actions when the visit is published.</summary>
    public IReadOnlyList<VisitAgreedAction> AgreedActions { get; private set; } = [];

    public VisitStatus Status { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public VisitResponse? Response { get; private set; }
    public string? ResponseComment { get; private set; }
    public Guid? RespondedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime? RespondedAt { get; private set; }

    /// <summary>UTC: when the draft was first saved.</summary>
    public DateTime CreatedAt { get; private set; }

    private ImprovementVisit() { }

    public bool IsDraft => Status == VisitStatus.Draft;

    public bool IsPublished => Status == VisitStatus.Published;

    /// <summary>Saves a new draft. Refused (all the reasons at once) for a future date, without a purpose, and the rules of <see cref="Check"/>.</summary>
    public static ImprovementVisit Draft(Guid schoolId, Guid officerUserId, VisitNote note, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (officerUserId == Guid.Empty)
        {
            throw new DomainException("A visit needs the officer who made it.");
        }

        var visit = new ImprovementVisit
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = schoolId,
            OfficerUserId = officerUserId,
            Status = VisitStatus.Draft,
            CreatedAt = now.UtcDateTime,
        };
        visit.Apply(note, today);
        return visit;
    }

    /// <summary>Edits a draft; a published note is not edited.</summary>
    public void Revise(VisitNote note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(note);
        EnsureDraft("edited");
        Apply(note, today);
    }

    /// <summary>
    /// Publishes the note to the school: refused for a published one, without notes, or with an agreed action due before
    /// today. Returns the agreed actions as tracker actions (<see cref="ActionSource.Visit"/>, sourced to this visit) for the
    /// caller to save with the visit.
    /// </summary>
    public IReadOnlyList<ImprovementAction> Publish(DateOnly today, DateTimeOffset now)
    {
        EnsureDraft("published again");
        var problems = new List<string>();
        if (Notes is null)
        {
            problems.Add("Write the visit note before publishing it: the headteacher confirms or disputes it.");
        }

        if (VisitedOn > today)
        {
            problems.Add("A visit cannot be published before it has happened.");
        }

        foreach (var action in AgreedActions)
        {
            if (action.DueOn < today)
            {
                problems.Add($"The agreed action \"{action.Title}\" is due before today: agree a new due date.");
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        var actions = AgreedActions
            .Select(a => ImprovementAction.Create(SchoolId, a.Title, ActionSource.Visit, Id, a.OwnerRole, a.OwnerUserId, a.DueOn, today, now))
            .ToList();
        Status = VisitStatus.Published;
        PublishedOn = today;
        return actions;
    }

    /// <summary>
    /// The headteacher's answer, once: confirmed as accurate (a comment is optional) or disputed (a comment is required
    /// and stays on record). Refused for a draft, for anyone who is not a headteacher of the school, and a second time.
    /// </summary>
    public void Respond(Guid headteacherUserId, bool isHeadteacherOfSchool, VisitResponse response, string? comment, DateTimeOffset now)
    {
        if (!IsPublished)
        {
            throw new DomainException("Only a published visit note can be confirmed or disputed.");
        }

        if (!isHeadteacherOfSchool)
        {
            throw new DomainException("Only a headteacher of the school confirms or disputes its visit notes.");
        }

        if (Response is not null)
        {
            throw new DomainException($"This visit note has already been {(Response == VisitResponse.Confirmed ? "confirmed" : "disputed")}: the response stays on record.");
        }

        if (!Enum.IsDefined(response))
        {
            throw new DomainException("Say whether the note is accurate or disputed.");
        }

        var text = Trimmed(comment);
        if (response == VisitResponse.Disputed && text is null)
        {
            throw new DomainException("Say what is disputed: a disputed note needs a comment.");
        }

        if (text?.Length > CommentLength)
        {
            throw new DomainException($"The comment can be at most {CommentLength:N0} characters.");
        }

        Response = response;
        ResponseComment = text;
        RespondedBy = headteacherUserId;
        RespondedAt = now.UtcDateTime;
    }

    /// <summary>Whether a number of days is a positive whole number of half days (0.5, 1, 1.5 ...).</summary>
    public static bool IsHalfDaySteps(decimal days) => days > 0 && decimal.Remainder(days * 2, 1) == 0;

    /// <summary>The title of the day-log entry the visit makes on the officer's allocation.</summary>
    public string Activity => $"Improvement visit: {Purpose}";

    private void EnsureDraft(string what)
    {
        if (!IsDraft)
        {
            throw new DomainException($"This visit note is published and cannot be {what}: publish a correction as a new visit.");
        }
    }

    private void Apply(VisitNote note, DateOnly today)
    {
        var problems = new List<string>();
        if (note.VisitedOn > today)
        {
            problems.Add("A visit cannot be recorded for a future date.");
        }

        if (!Enum.IsDefined(note.Mode))
        {
            problems.Add("Say whether the visit was in person or online.");
        }

        var purpose = Trimmed(note.Purpose);
        if (purpose is null)
        {
            problems.Add("Give the purpose of the visit.");
        }
        else if (purpose.Length > PurposeLength)
        {
            problems.Add($"The purpose can be at most {PurposeLength:N0} characters.");
        }

        var areas = (note.FocusAreas ?? []).Select(Trimmed).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (areas.Count > MaxFocusAreas)
        {
            problems.Add($"Choose at most {MaxFocusAreas} focus areas.");
        }

        if (areas.Any(a => a.Length > FocusAreaLength))
        {
            problems.Add($"A focus area can be at most {FocusAreaLength:N0} characters.");
        }

        var notes = Trimmed(note.Notes);
        if (notes?.Length > NotesLength)
        {
            problems.Add($"The notes can be at most {NotesLength:N0} characters.");
        }

        var strengths = Trimmed(note.Strengths);
        if (strengths?.Length > StrengthsLength)
        {
            problems.Add($"The strengths can be at most {StrengthsLength:N0} characters.");
        }

        if (note.Days is { } days && (!IsHalfDaySteps(days) || days > MaxDays))
        {
            problems.Add($"Record the time the visit took in half days (0.5, 1, 1.5 ...), up to {MaxDays:0.#} days.");
        }

        var actions = new List<VisitAgreedAction>();
        foreach (var action in note.AgreedActions ?? [])
        {
            var title = Trimmed(action.Title);
            var role = Trimmed(action.OwnerRole);
            if (title is null)
            {
                problems.Add("Each agreed action needs a title.");
                continue;
            }

            if (title.Length > ActionTitleLength)
            {
                problems.Add($"An agreed action's title can be at most {ActionTitleLength:N0} characters.");
            }

            if (role is null && (action.OwnerUserId is null || action.OwnerUserId == Guid.Empty))
            {
                problems.Add($"The agreed action \"{title}\" needs an owner: a role, a person or both.");
            }
            else if (role?.Length > OwnerRoleLength)
            {
                problems.Add($"An owner's role can be at most {OwnerRoleLength:N0} characters.");
            }

            if (action.DueOn < note.VisitedOn)
            {
                problems.Add($"The agreed action \"{title}\" cannot be due before the visit.");
            }

            actions.Add(new VisitAgreedAction(title, role, action.OwnerUserId == Guid.Empty ? null : action.OwnerUserId, action.DueOn));
        }

        if (actions.Count > MaxAgreedActions)
        {
            problems.Add($"Record at most {MaxAgreedActions} agreed actions on one visit.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems.Distinct()));
        }

        VisitedOn = note.VisitedOn;
        Mode = note.Mode;
        Purpose = purpose!;
        FocusAreas = areas;
        Notes = notes;
        Strengths = strengths;
        Days = note.Days;
        AgreedActions = actions;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
