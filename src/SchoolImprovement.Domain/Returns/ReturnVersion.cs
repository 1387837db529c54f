using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// One uploaded version of a school's SEF or SIP for a term. Each upload is a new version (numbered
/// 1, 2, ... per school, document, year and term); earlier versions stay, each with who uploaded it and
/// when. The linked officer reviews a version once: reviewed, or changes requested with comments the
/// headteacher answers with a new version (its <see cref="Note"/>). The Director of Learning moderates
/// SIPs once: moderated, or changes needed with notes. The bytes are a <c>StoredFile</c> (<see cref="FileId"/>).
/// </summary>
public sealed class ReturnVersion : ITrustOwned, IVersioned
{
    public const int NoteLength = 2000;
    public const int CommentsLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public ReturnDocument Document { get; private set; }

    /// <summary>The academic year's start (2026 for 2026/27).</summary>
    public int Year { get; private set; }

    public Term Term { get; private set; }
    public int Number { get; private set; }
    public Guid FileId { get; private set; }
    public Guid UploadedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime UploadedAt { get; private set; }

    /// <summary>The headteacher's answer to changes requested on the previous version.</summary>
    public string? Note { get; private set; }

    public ReviewOutcome? Review { get; private set; }
    public string? ReviewComments { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public ModerationOutcome? Moderation { get; private set; }
    public string? ModerationNotes { get; private set; }
    public Guid? ModeratedBy { get; private set; }
    public DateTime? ModeratedAt { get; private set; }

    private ReturnVersion() { }

    /// <summary>A new version; <paramref name="number"/> is one more than the last for the same school, document, year and term.</summary>
    public ReturnVersion(Guid schoolId, ReturnDocument document, AcademicYear year, Term term, int number, Guid fileId, Guid uploadedBy, DateTimeOffset uploadedAt, string? note)
    {
        if (!Enum.IsDefined(document))
        {
            throw new DomainException("Choose the SEF or the SIP.");
        }

        if (!Enum.IsDefined(term))
        {
            throw new DomainException("Choose the term the document is for.");
        }

        if (number < 1)
        {
            throw new DomainException("A version number starts at 1.");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > NoteLength)
        {
            throw new DomainException($"The note can be at most {NoteLength} characters.");
        }

        Id = Guid.CreateVersion7(uploadedAt);
        SchoolId = schoolId;
        Document = document;
        Year = year.StartYear;
        Term = term;
        Number = number;
        FileId = fileId;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt.UtcDateTime;
        Note = trimmed;
    }

    public AcademicYear AcademicYear => new(Year);

    public bool IsReviewed => Review is not null;

    /// <summary>
    /// The linked officer's review, once per version: reviewed (comments optional) or changes requested
    /// (comments required, since the headteacher answers them with a new version). Named RecordReview
    /// because <see cref="Review"/> is the outcome's property (C# cannot have both under one name).
    /// </summary>
    public void RecordReview(ReviewOutcome outcome, string? comments, Guid by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Choose reviewed or changes requested.");
        }

        if (Review is not null)
        {
            throw new DomainException($"Version {Number} has already been reviewed ({Review.Value.Label()}); the headteacher answers with a new version.");
        }

        var text = Required(comments, outcome == ReviewOutcome.ChangesRequested, "Say which changes are needed: the headteacher sees your comments.");
        Review = outcome;
        ReviewComments = text;
        ReviewedBy = by;
        ReviewedAt = at.UtcDateTime;
    }

    /// <summary>The Director of Learning's moderation of a SIP, once per version: moderated, or changes needed (notes required).</summary>
    public void Moderate(ModerationOutcome outcome, string? notes, Guid by, DateTimeOffset at)
    {
        if (Document != ReturnDocument.Sip)
        {
            throw new DomainException("Only school improvement plans are moderated.");
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("Choose moderated or changes needed.");
        }

        if (Moderation is not null)
        {
            throw new DomainException($"Version {Number} has already been moderated ({Moderation.Value.Label()}).");
        }

        var text = Required(notes, outcome == ModerationOutcome.ChangesNeeded, "Say which changes are needed: the headteacher sees your notes.");
        Moderation = outcome;
        ModerationNotes = text;
        ModeratedBy = by;
        ModeratedAt = at.UtcDateTime;
    }

    private static string? Required(string? text, bool required, string missing)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (required && trimmed is null)
        {
            throw new DomainException(missing);
        }

        if (trimmed?.Length > CommentsLength)
        {
            throw new DomainException($"Comments can be at most {CommentsLength} characters.");
        }

        return trimmed;
    }
}
