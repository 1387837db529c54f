namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// The board's meeting cycle (Appendix 1 and 2: "Meeting cycle to be agreed i.e. monthly"): every
/// <see cref="Board.MeetingIntervalMonths"/> months from its last meeting (from its start, or today, before it has met),
/// never in the past and never after the board's period ends.
/// </summary>
public static class BoardMeetingCycle
{
    /// <summary>Up to <paramref name="count"/> next dates on the cycle; empty when the board has ended or its period is over.</summary>
    public static IReadOnlyList<DateOnly> NextDates(Board board, DateOnly? lastMeetingOn, DateOnly today, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.Status != BoardStatus.Active || count < 1)
        {
            return [];
        }

        var interval = Math.Max(1, board.MeetingIntervalMonths);
        var starts = board.StartTerm.FirstDay;
        var anchor = lastMeetingOn ?? (today > starts ? today : starts);
        var steps = lastMeetingOn is null ? 0 : 1;
        var dates = new List<DateOnly>();
        while (dates.Count < count)
        {
            var next = anchor.AddMonths(interval * steps);
            steps++;
            if (next > board.EndsOn)
            {
                break;
            }

            if (next >= today && next >= starts)
            {
                dates.Add(next);
            }
        }

        return dates;
    }
}
