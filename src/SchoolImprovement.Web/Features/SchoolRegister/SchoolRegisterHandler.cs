using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.SchoolRegister;

public abstract record SchoolSaveResult
{
    public sealed record Saved(Guid Id) : SchoolSaveResult;

    public sealed record Missing : SchoolSaveResult;

    public sealed record Refused(IReadOnlyList<string> Problems) : SchoolSaveResult;

    /// <summary>Someone saved the school since the form was loaded: their values, to show beside the user's kept input.</summary>
    public sealed record Conflict(SchoolForm Current) : SchoolSaveResult;
}

/// <summary>The facts shown on the close and reopen page.</summary>
public sealed record SchoolSummary(Guid Id, int Urn, string Name, DateOnly DateJoined, DateOnly? ClosedOn);

/// <summary>
/// Adds, edits, closes and reopens the trust's schools. Another trust's school is invisible
/// (the tenancy filter) and so answers as missing.
/// </summary>
public sealed class SchoolRegisterHandler(PortalDbContext db)
{
    public async Task<SchoolSaveResult> CreateAsync(SchoolForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var details = form.ToDetails();
        var problems = details.Problems();
        if (problems.Count > 0)
        {
            return new SchoolSaveResult.Refused(problems);
        }

        if (await DuplicateAsync(details.Urn, except: null, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var school = new School(details);
        db.Schools.Add(school);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SchoolSaveResult.Saved(school.Id);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Someone added the same URN between the check and the save: the unique index (TrustId, Urn) refused it.
            db.ChangeTracker.Clear();
            var taken = await DuplicateAsync(details.Urn, except: null, cancellationToken);
            if (taken is null)
            {
                throw;
            }

            return taken;
        }
    }

    public async Task<SchoolForm?> FormAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } school ? SchoolForm.From(school) : null;

    public async Task<SchoolSaveResult> UpdateAsync(Guid id, SchoolForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return new SchoolSaveResult.Missing();
        }

        var details = form.ToDetails();
        var problems = details.Problems();
        if (problems.Count > 0)
        {
            return new SchoolSaveResult.Refused(problems);
        }

        if (details.Urn != school.Urn && await DuplicateAsync(details.Urn, except: id, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        // The version the form was loaded with: the update only succeeds if nobody has saved since.
        db.Entry(school).Property(s => s.Version).OriginalValue = form.Version;
        try
        {
            school.Update(details);
            await db.SaveChangesAsync(cancellationToken);
            return new SchoolSaveResult.Saved(school.Id);
        }
        catch (DomainException e)
        {
            return new SchoolSaveResult.Refused([e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            return current is null ? new SchoolSaveResult.Missing() : new SchoolSaveResult.Conflict(SchoolForm.From(current));
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var taken = await DuplicateAsync(details.Urn, except: id, cancellationToken);
            if (taken is null)
            {
                throw;
            }

            return taken;
        }
    }

    public Task<SchoolSummary?> SummaryAsync(Guid id, CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SchoolSummary(s.Id, s.Urn, s.Name, s.DateJoined, s.ClosedOn))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<SchoolSaveResult> CloseAsync(Guid id, DateOnly on, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return new SchoolSaveResult.Missing();
        }

        try
        {
            school.Close(on);
            await db.SaveChangesAsync(cancellationToken);
            return new SchoolSaveResult.Saved(school.Id);
        }
        catch (DomainException e)
        {
            return new SchoolSaveResult.Refused([e.Message]);
        }
    }

    public async Task<SchoolSaveResult> ReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (school is null)
        {
            return new SchoolSaveResult.Missing();
        }

        school.Reopen();
        await db.SaveChangesAsync(cancellationToken);
        return new SchoolSaveResult.Saved(school.Id);
    }

    private async Task<SchoolSaveResult.Refused?> DuplicateAsync(int urn, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.Schools.AsNoTracking()
            .Where(s => s.Urn == urn && (except == null || s.Id != except))
            .Select(s => new { s.Name, s.ClosedOn })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : new SchoolSaveResult.Refused([$"URN {urn} is already in the trust's register as {existing.Name}{(existing.ClosedOn is null ? "" : " (closed)")}. Nothing has been saved."]);
    }
}
