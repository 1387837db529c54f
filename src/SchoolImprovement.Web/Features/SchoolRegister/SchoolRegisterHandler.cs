using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.SchoolRegister;

/// <summary>The facts shown on the close and reopen page.</summary>
public sealed record SchoolSummary(Guid Id, int Urn, string Name, DateOnly DateJoined, DateOnly? ClosedOn);

/// <summary>The edit page: the user's form, and after a conflict the values someone else saved (<see cref="Current"/>).</summary>
public sealed record SchoolEditPage(Guid Id, SchoolForm Form, SchoolForm? Current);

/// <summary>The close (or reopen) page of one school.</summary>
public sealed record ClosePage(SchoolSummary School, CloseForm Form);

/// <summary>
/// Adds, edits, closes and reopens the trust's schools. Another trust's school is invisible
/// (the tenancy filter) and so answers as missing.
/// </summary>
public sealed class SchoolRegisterHandler(PortalDbContext db)
{
    public async Task<CommandResult> CreateAsync(SchoolForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var details = form.ToDetails();
        if (details.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refuse(problems);
        }

        if (await DuplicateAsync(details.Urn, except: null, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        // Someone may add the same URN between the check and the save: the unique index (TrustId, Urn) refuses it, explained as a duplicate.
        return await db.SaveCommandAsync(
            () =>
            {
                var school = new School(details);
                db.Schools.Add(school);
                return school.Id;
            },
            cancellationToken,
            () => DuplicateAsync(details.Urn, except: null, cancellationToken));
    }

    /// <summary>The edit page: <paramref name="kept"/> (the user's input) or the school's values; with <paramref name="showCurrent"/>, the saved values beside it.</summary>
    public async Task<SchoolEditPage?> EditPageAsync(Guid id, SchoolForm? kept, bool showCurrent, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return school is null ? null : new SchoolEditPage(id, kept ?? SchoolForm.From(school), showCurrent ? SchoolForm.From(school) : null);
    }

    public async Task<CommandResult> UpdateAsync(Guid id, SchoolForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var details = form.ToDetails();
        if (details.Problems() is { Count: > 0 } problems)
        {
            return CommandResult.Refuse(problems);
        }

        if (details.Urn != school.Urn && await DuplicateAsync(details.Urn, except: id, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        db.ExpectVersion(school, form.Version);
        return await db.SaveCommandAsync(
            () =>
            {
                school.Update(details);
                return school.Id;
            },
            cancellationToken,
            () => DuplicateAsync(details.Urn, except: id, cancellationToken));
    }

    public async Task<ClosePage?> ClosePageAsync(Guid id, CloseForm form, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SchoolSummary(s.Id, s.Urn, s.Name, s.DateJoined, s.ClosedOn))
            .SingleOrDefaultAsync(cancellationToken);
        return school is null ? null : new ClosePage(school, form);
    }

    public async Task<CommandResult> CloseAsync(Guid id, DateOnly on, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            () =>
            {
                school.Close(on);
                return school.Id;
            },
            cancellationToken);
    }

    public async Task<CommandResult> ReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            () =>
            {
                school.Reopen();
                return school.Id;
            },
            cancellationToken);
    }

    private async Task<CommandResult?> DuplicateAsync(int urn, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.Schools.AsNoTracking()
            .Where(s => s.Urn == urn && (except == null || s.Id != except))
            .Select(s => new { s.Name, s.ClosedOn })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : CommandResult.Refuse($"URN {urn} is already in the trust's register as {existing.Name}{(existing.ClosedOn is null ? "" : " (closed)")}. Nothing has been saved.");
    }
}
