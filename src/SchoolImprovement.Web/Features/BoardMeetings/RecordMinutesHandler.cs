using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class AgendaNoteForm
{
    public AgendaStandard Standard { get; set; }

    public string? Text { get; set; }
}

/// <summary>Notes per standard of the agenda, the minutes and the key findings (plain text or Markdown).</summary>
public sealed class MinutesForm : IVersionedForm
{
    public Guid Version { get; set; }

    public List<AgendaNoteForm> Notes { get; set; } = [];

    public string? Minutes { get; set; }

    public string? KeyFindings { get; set; }

    public string? NoteFor(AgendaStandard standard) => Notes.FirstOrDefault(n => n.Standard == standard)?.Text;
}

public sealed class MinutesFormValidator : AbstractValidator<MinutesForm>
{
    public MinutesFormValidator()
    {
        RuleFor(f => f.Minutes).MaximumLength(BoardMeeting.TextLength).WithMessage($"The minutes can be at most {BoardMeeting.TextLength:N0} characters.");
        RuleFor(f => f.KeyFindings).MaximumLength(BoardMeeting.TextLength).WithMessage($"The key findings can be at most {BoardMeeting.TextLength:N0} characters.");
        RuleFor(f => f.Notes.Count).LessThanOrEqualTo(Enum.GetValues<AgendaStandard>().Length).WithMessage("There are more notes than the agenda has standards.");
    }
}

/// <summary>Records the notes per standard, the minutes and the key findings of a meeting that was held. Who may is declared on the controller.</summary>
public sealed class RecordMinutesHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, MinutesForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.BoardMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        return await db.ChangeAsync(meeting, form.Version, m =>
        {
            m.RecordMinutes(form.Notes.Select(n => new AgendaNote(n.Standard, n.Text ?? "")), form.Minutes, form.KeyFindings, trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, m => m.Id, ct);
    }
}
