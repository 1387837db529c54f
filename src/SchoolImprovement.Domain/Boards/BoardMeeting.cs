using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

public enum BoardMeetingStatus
{
    Scheduled = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>The notes a meeting keeps under one standard of its agenda (<see cref="BoardTermsOfReference.Standards"/>).</summary>
public sealed record AgendaNote(AgendaStandard Standard, string Text);

/// <summary>
/// One meeting of a board (DDAT Appendix 1 and 2: "Meeting cycle to be agreed i.e. monthly"): scheduled on the board's
/// cycle within its period (<see cref="BoardMeetingCycle"/>), then held: attendance from the board's members, with
/// whether it was quorate computed from the VOTING members present against the board's quorum and stored when the
/// attendance is recorded ("Quorum: Three members"; Associate Trustees "are not formal voting members"); notes per
/// standard of the agenda, minutes and key findings (plain text or Markdown, §2.2 "Meeting summaries and key findings").
/// A recommendation to the Education and Standards Committee is only made at a quorate meeting
/// (<see cref="EnsureMayDecide"/>). Advisory: nothing here changes the school's category or designation.
/// </summary>
public sealed class BoardMeeting : ITrustOwned, IVersioned
{
    public const int TextLength = 20_000;
    public const int NoteLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid SchoolId { get; private set; }
    public DateOnly ScheduledOn { get; private set; }
    public BoardMeetingStatus Status { get; private set; }

    /// <summary>The board members present (<see cref="BoardMember"/> ids), as recorded.</summary>
    public IReadOnlyList<Guid> PresentMemberIds { get; private set; } = [];

    /// <summary>Null until the attendance is recorded; then whether the voting members present met the quorum.</summary>
    public bool? Quorate { get; private set; }

    /// <summary>The voting members present when the attendance was recorded.</summary>
    public int? VotingPresent { get; private set; }

    /// <summary>The board's quorum when the attendance was recorded.</summary>
    public int? QuorumRequired { get; private set; }

    public IReadOnlyList<AgendaNote> AgendaNotes { get; private set; } = [];
    public string? Minutes { get; private set; }
    public string? KeyFindings { get; private set; }
    public Guid ScheduledBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime ScheduledAt { get; private set; }

    /// <summary>Who last recorded the attendance or the minutes.</summary>
    public Guid? RecordedBy { get; private set; }

    public DateTime? RecordedAt { get; private set; }

    private BoardMeeting() { }

    /// <summary>
    /// A meeting of an active board on a date within its period (from its start term to its end, extensions included),
    /// not on the same day as another of its meetings (<paramref name="otherMeetingDates"/>: its meetings not cancelled).
    /// </summary>
    public static BoardMeeting Schedule(Board board, DateOnly on, IEnumerable<DateOnly> otherMeetingDates, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(otherMeetingDates);
        if (board.Status != BoardStatus.Active)
        {
            throw new DomainException("The board has ended: it holds no more meetings.");
        }

        var starts = board.StartTerm.FirstDay;
        if (on < starts || on > board.EndsOn)
        {
            throw new DomainException(
                $"A meeting must fall within the board's period, {Show(starts)} to {Show(board.EndsOn)}. To meet after it, extend the board first.");
        }

        if (otherMeetingDates.Contains(on))
        {
            throw new DomainException($"The board already has a meeting on {Show(on)}.");
        }

        return new BoardMeeting
        {
            Id = Guid.CreateVersion7(now),
            BoardId = board.Id,
            SchoolId = board.SchoolId,
            ScheduledOn = on,
            Status = BoardMeetingStatus.Scheduled,
            ScheduledBy = by,
            ScheduledAt = now.UtcDateTime,
        };
    }

    /// <summary>
    /// The members present, from the board's members only; the meeting is then held, and quorate when the voting
    /// members present meet the board's quorum (Associate Trustees never count). May be corrected (recorded again).
    /// Not before the meeting's day, and not for a cancelled meeting.
    /// </summary>
    public void RecordAttendance(Board board, IEnumerable<Guid> presentMemberIds, DateOnly today, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(presentMemberIds);
        EnsureOfBoard(board);
        if (Status == BoardMeetingStatus.Cancelled)
        {
            throw new DomainException("The meeting was cancelled: it has no attendance.");
        }

        if (ScheduledOn > today)
        {
            throw new DomainException($"The meeting is on {Show(ScheduledOn)}: record who attended on or after that day.");
        }

        var present = presentMemberIds.Distinct().ToList();
        var members = board.CurrentMembers.Select(m => m.Id).ToHashSet();
        if (present.Any(id => !members.Contains(id)))
        {
            throw new DomainException("Only the board's current members can be recorded as present.");
        }

        PresentMemberIds = present;
        VotingPresent = board.VotingPresent(present);
        QuorumRequired = board.Quorum;
        Quorate = board.QuorumMet(present);
        Status = BoardMeetingStatus.Held;
        Recorded(by, now);
    }

    /// <summary>Notes per standard of the agenda, the minutes and the key findings, once the meeting has been held (attendance recorded).</summary>
    public void RecordMinutes(IEnumerable<AgendaNote> agendaNotes, string? minutes, string? keyFindings, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agendaNotes);
        if (Status != BoardMeetingStatus.Held)
        {
            throw new DomainException("Record who attended first: minutes are kept for a meeting that was held.");
        }

        var notes = new List<AgendaNote>();
        foreach (var note in agendaNotes)
        {
            if (!Enum.IsDefined(note.Standard))
            {
                throw new DomainException("A note is for a standard that is not on the agenda.");
            }

            var text = Trimmed(note.Text, NoteLength, $"The notes on {note.Standard.Label()}");
            if (text is not null)
            {
                notes.RemoveAll(n => n.Standard == note.Standard);
                notes.Add(new AgendaNote(note.Standard, text));
            }
        }

        AgendaNotes = notes;
        Minutes = Trimmed(minutes, TextLength, "The minutes");
        KeyFindings = Trimmed(keyFindings, TextLength, "The key findings");
        Recorded(by, now);
    }

    /// <summary>A scheduled meeting that will not take place.</summary>
    public void Cancel(Guid by, DateTimeOffset now)
    {
        if (Status != BoardMeetingStatus.Scheduled)
        {
            throw new DomainException("Only a meeting that has not been held can be cancelled.");
        }

        Status = BoardMeetingStatus.Cancelled;
        Recorded(by, now);
    }

    /// <summary>
    /// Refuses a decision (a recommendation to the committee) unless the meeting was held and quorate, with the reason:
    /// "A decision recorded at an inquorate meeting is refused with the reason" (issue 10; Appendix 1 "Quorum: Three members").
    /// </summary>
    public void EnsureMayDecide(string what)
    {
        if (Status != BoardMeetingStatus.Held || Quorate is null)
        {
            throw new DomainException($"Record who attended first: {what} is made at a meeting that was held and quorate.");
        }

        if (Quorate == false)
        {
            throw new DomainException(
                $"The meeting of {Show(ScheduledOn)} was not quorate ({VotingPresent} voting {(VotingPresent == 1 ? "member" : "members")} present; the quorum is {QuorumRequired}), " +
                $"so {what} cannot be recorded for it. Associate Trustees are not voting members. Make it at a quorate meeting.");
        }
    }

    /// <summary>The notes kept under a standard, or null.</summary>
    public string? NoteFor(AgendaStandard standard) => AgendaNotes.FirstOrDefault(n => n.Standard == standard)?.Text;

    private void EnsureOfBoard(Board board)
    {
        if (board.Id != BoardId)
        {
            throw new InvalidOperationException("The meeting is not this board's.");
        }
    }

    private void Recorded(Guid by, DateTimeOffset now)
    {
        RecordedBy = by;
        RecordedAt = now.UtcDateTime;
    }

    /// <summary>A date as the pages show it (dd/MM/yyyy).</summary>
    internal static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    internal static string? Trimmed(string? text, int length, string what)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed?.Length > length)
        {
            throw new DomainException($"{what} can be at most {length:N0} characters.");
        }

        return trimmed;
    }
}
