using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.DueDiligence;

/// <summary>
/// Who meets to plan a joining school's integration (Vine §5: "the Headteacher, CEO, COO and DOL and VGL will meet with
/// school leaders").
/// </summary>
public enum IntegrationAttendee
{
    Headteacher = 1,
    ChiefExecutiveOfficer = 2,
    ChiefOperatingOfficer = 3,
    DirectorOfLearning = 4,
    VisionAndGovernanceLead = 5,
}

public static class IntegrationAttendees
{
    public static IReadOnlyList<IntegrationAttendee> All { get; } = Enum.GetValues<IntegrationAttendee>();

    public static string Label(this IntegrationAttendee attendee) => attendee switch
    {
        IntegrationAttendee.Headteacher => "Headteacher",
        IntegrationAttendee.ChiefExecutiveOfficer => "Chief Executive Officer (CEO)",
        IntegrationAttendee.ChiefOperatingOfficer => "Chief Operating Officer (COO)",
        IntegrationAttendee.DirectorOfLearning => "Director of Learning (DOL)",
        IntegrationAttendee.VisionAndGovernanceLead => "Vision and Governance Lead (VGL)",
        _ => attendee.ToString(),
    };
}

/// <summary>
/// The integration meeting after due diligence (Vine §5: to "plan for the integration of the school into the trust and to
/// plan support for transition and ongoing school improvement"): when it was held, who met, notes. Its agreed actions go
/// into the action tracker (<c>ActionSource.IntegrationPlan</c>, sourced to the meeting). Not edited after it is recorded.
/// </summary>
public sealed class IntegrationMeeting : ITrustOwned
{
    public const int NotesLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid SchoolId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public DateOnly HeldOn { get; private set; }

    private List<IntegrationAttendee> _attendees = [];

    public IReadOnlyList<IntegrationAttendee> Attendees => _attendees;

    public string? Notes { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    private IntegrationMeeting() { }

    /// <summary>
    /// Records the meeting. Refused (all the reasons at once) unless the assessment is completed (and made this school),
    /// without anyone who met, with an unknown attendee, a date in the future or before the due diligence was completed,
    /// or notes too long.
    /// </summary>
    public static IntegrationMeeting Record(
        DueDiligenceAssessment assessment, DateOnly heldOn, IReadOnlyCollection<IntegrationAttendee> attendees, string? notes, Guid recordedBy, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(attendees);
        if (assessment.Status != DueDiligenceStatus.Completed || assessment.SchoolId is null)
        {
            throw new DomainException("An integration meeting follows completed due diligence.");
        }

        var problems = new List<string>();
        if (attendees.Count == 0)
        {
            problems.Add("Say who met: the headteacher, CEO, COO, Director of Learning and vision and governance lead.");
        }
        else if (attendees.Any(a => !Enum.IsDefined(a)))
        {
            problems.Add("Choose who met from the list.");
        }

        if (heldOn > today)
        {
            problems.Add("The meeting cannot be recorded for a future date.");
        }
        else if (heldOn < assessment.CompletedOn)
        {
            problems.Add("The integration meeting follows the due diligence: it cannot be before it was completed.");
        }

        var text = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (text?.Length > NotesLength)
        {
            problems.Add($"The notes can be at most {NotesLength:N0} characters.");
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new IntegrationMeeting
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = assessment.SchoolId.Value,
            AssessmentId = assessment.Id,
            HeldOn = heldOn,
            _attendees = [.. attendees.Distinct().Order()],
            Notes = text,
            RecordedBy = recordedBy,
            RecordedAt = now.UtcDateTime,
        };
    }
}
