using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.WebsiteChecks;

/// <summary>
/// The checklist as the Director of Learning fills it: a result and an optional note per item, the outcome and notes.
/// <see cref="Replaces"/> and <see cref="Version"/> say that a re-check replaces the year's current check as it was loaded.
/// </summary>
public sealed class WebsiteCheckForm : IVersionedForm
{
    public DateOnly? CheckedOn { get; set; }

    public List<WebsiteItemForm> Items { get; set; } = [];

    public ModerationOutcome? Outcome { get; set; }

    public string? Notes { get; set; }

    /// <summary>Ticked to record a re-check that replaces this academic year's current check (kept in the history).</summary>
    public bool Replaces { get; set; }

    /// <summary>The version of the current check the re-check replaces, as loaded; empty when there was none.</summary>
    public Guid Version { get; set; }

    public WebsiteItemForm? ItemFor(string key) => Items.FirstOrDefault(i => i.Key == key);
}

public sealed class WebsiteItemForm
{
    public string Key { get; set; } = "";

    public WebsiteItemResult? Result { get; set; }

    public string? Note { get; set; }
}

public sealed class WebsiteCheckFormValidator : AbstractValidator<WebsiteCheckForm>
{
    public WebsiteCheckFormValidator()
    {
        RuleFor(f => f.CheckedOn).NotNull().WithMessage("Enter the date of the check.");
        RuleFor(f => f.Outcome).NotNull().IsInEnum().WithMessage("Choose the outcome: moderated, or changes needed.");
        RuleFor(f => f.Notes).MaximumLength(WebsiteCheck.NotesMaximumLength).WithMessage($"Notes must be {WebsiteCheck.NotesMaximumLength:N0} characters or fewer.");
        RuleFor(f => f.Items.Count).LessThanOrEqualTo(WebsiteChecklist.All.Count).WithMessage("There are more items than the checklist has.");
    }
}

/// <summary>The checklist form for a school: the items it must publish, the year's current check if there is one, and the form as typed.</summary>
public sealed record WebsiteCheckCreatePage(
    Guid SchoolId, string SchoolName, IReadOnlyList<WebsiteChecklistLine> Items, WebsiteCurrentCheck? Current, WebsiteCheckForm Form);

public sealed record WebsiteChecklistLine(string Key, string Wording);

/// <summary>The current check of the academic year the form's date falls in, which a re-check would replace.</summary>
public sealed record WebsiteCurrentCheck(string Year, DateOnly CheckedOn, string CheckedBy, ModerationOutcome Outcome, Guid Version);

/// <summary>
/// The Director of Learning records a school's yearly website check (Vine policy §4). One check is current per school
/// and academic year: a second is refused unless the form says it replaces the current one, which it then supersedes
/// (both kept). Who may record is declared on the controller (<see cref="Policies.ModerateReturns"/>).
/// </summary>
public sealed class RecordWebsiteCheckHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<WebsiteCheckCreatePage?> CreatePageAsync(Guid schoolId, WebsiteCheckForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return null;
        }

        var items = WebsiteChecklist.For(school.Phase, school.IsChurchSchool);
        form ??= new WebsiteCheckForm { CheckedOn = clock.Today() };
        var year = AcademicYear.Containing(form.CheckedOn ?? clock.Today()).StartYear;
        var current = await db.WebsiteChecks.AsNoTracking()
            .Where(c => c.SchoolId == schoolId && c.Year == year && c.SupersededBy == null)
            .Select(c => new WebsiteCurrentCheck(
                new AcademicYear(c.Year).ToString(), c.CheckedOn, db.Users.Where(u => u.Id == c.CheckedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "Unknown", c.Outcome, c.Version))
            .SingleOrDefaultAsync(ct);
        if (form.Version == Guid.Empty && current is not null && !form.Replaces)
        {
            form.Version = current.Version;
        }

        return new WebsiteCheckCreatePage(schoolId, school.Name, [.. items.Select(i => new WebsiteChecklistLine(i.Key, i.Wording))], current, form);
    }

    /// <summary>Records the check; refused (nothing saved) when it breaks a rule; a conflict when the check it replaces changed since it was loaded.</summary>
    public async Task<CommandResult> RecordAsync(Guid schoolId, WebsiteCheckForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var checkedOn = form.CheckedOn ?? throw new ArgumentException("The form has no date: validate it first.", nameof(form));
        var year = AcademicYear.Containing(checkedOn);
        var current = await db.WebsiteChecks.SingleOrDefaultAsync(c => c.SchoolId == schoolId && c.Year == year.StartYear && c.SupersededBy == null, ct);
        if (current is not null && !form.Replaces)
        {
            return CommandResult.Refuse(
                $"The website was already checked for {year} on {UkFormat.Date(current.CheckedOn)} ({WebsiteCheckText.Outcome(current.Outcome).ToLowerInvariant()}). " +
                "To record a re-check, tick \"This re-check replaces it\": the earlier check stays in the history.");
        }

        if (current is not null && current.Version != form.Version)
        {
            return new CommandResult.Conflict(current.Version);
        }

        var person = http.HttpContext?.User ?? new ClaimsPrincipal();
        var findings = form.Items
            .Where(i => i.Result is not null)
            .Select(i => new WebsiteItemFinding(i.Key, i.Result!.Value, i.Note))
            .ToList();
        // A re-check saves twice (the replaced check, then the new one): both or neither.
        await using var transaction = current is null ? null : await db.Database.BeginTransactionAsync(ct);
        var result = await db.SaveCommandAsync(
            async () =>
            {
                school.EnsureOpenFor("checked");
                var check = WebsiteCheck.Record(
                    schoolId, WebsiteChecklist.For(school.Phase, school.IsChurchSchool), findings, form.Outcome ?? default, form.Notes,
                    checkedOn, clock.Today(), person.Id(), clock.GetUtcNow());
                if (current is not null)
                {
                    // The replaced check is marked first: the index allows one current check per school and year.
                    db.ExpectVersion(current, form.Version);
                    current.SupersedeWith(check);
                    await db.SaveChangesAsync(ct);
                }

                db.WebsiteChecks.Add(check);
                return check.Id;
            },
            ct,
            async () => await db.WebsiteChecks.AnyAsync(c => c.SchoolId == schoolId && c.Year == year.StartYear && c.SupersededBy == null, ct)
                ? CommandResult.Refuse($"The website was checked for {year} by someone else at the same moment. Look at their check; record a re-check if it is needed.")
                : null);
        if (result is CommandResult.Done && transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return result;
    }
}
