using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Inspections;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Categorisation;

public sealed record ProposalPage(School School, IReadOnlyList<CategoryDefinition> Scheme, IReadOnlyList<EvidenceSource> RequiredEvidence, InspectionSignals.Suggestion? Suggestion, SchoolCategorisation? Current, SchoolCategorisation? LastReturned);

public sealed record ReviewPage(SchoolCategorisation Categorisation, School School, string ProposedBy, string? DecidedBy, CategoryDefinition? Category, IReadOnlyList<ImprovementAction> Actions);

public sealed record HistoryRow(SchoolCategorisation Categorisation, string ProposedBy, string? DecidedBy);

/// <summary>
/// The categorisation workflow (Vine policy §3): the linked officer proposes, the Director of
/// Learning confirms or returns, and confirming creates the action plan from the category's
/// standard responses in the same transaction.
/// </summary>
public sealed class CategorisationHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<ProposalPage?> ProposalPageAsync(Guid schoolId, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return null;
        }

        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        var inspections = await LatestInspections.ForSchoolAsync(db, schoolId, ct);
        var records = await db.Categorisations.AsNoTracking().Where(c => c.SchoolId == schoolId)
            .OrderByDescending(c => c.Id).Take(20).ToListAsync(ct);
        return new ProposalPage(school, profile.Categories, profile.RequiredEvidence, inspections.Suggestion,
            records.FirstOrDefault(c => c.Status == CategorisationStatus.Confirmed),
            records.FirstOrDefault() is { Status: CategorisationStatus.Returned } returned ? returned : null);
    }

    public async Task<CommandResult> ProposeAsync(ClaimsPrincipal user, Guid schoolId, ProposalForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.NotFound;
        }

        if (!await MayProposeAsync(user, schoolId, ct))
        {
            return CommandResult.Forbidden;
        }

        if (!school.IsOpen)
        {
            return CommandResult.Refused("This school is closed; reopen it before categorising it.");
        }

        var userId = user.Id();
        if (await db.Categorisations.AnyAsync(c => c.SchoolId == schoolId && c.Status == CategorisationStatus.Proposed, ct))
        {
            return CommandResult.Refused("A proposal for this school is already awaiting confirmation.");
        }

        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        try
        {
            var proposal = SchoolCategorisation.Propose(schoolId, form.Category, form.Rationale,
                [.. form.Evidence.Select(e => new EvidenceJudgement(e.Source, e.Judgement ?? "", e.Notes ?? ""))],
                profile.Categories, userId, clock.GetUtcNow(), profile.RequiredEvidence);
            db.Categorisations.Add(proposal);
            await db.SaveChangesAsync(ct);
            return new CommandResult(CommandOutcome.Done, Id: proposal.Id);
        }
        catch (DomainException e)
        {
            return CommandResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            // Another proposal for the school was saved at the same moment (the one-pending index refused this one).
            db.ChangeTracker.Clear();
            if (await db.Categorisations.AnyAsync(c => c.SchoolId == schoolId && c.Status == CategorisationStatus.Proposed, ct))
            {
                return CommandResult.Refused("A proposal for this school is already awaiting confirmation.");
            }

            throw;
        }
    }

    /// <summary>The Director of Learning may propose for any school; an officer only for a school they are the linked officer for.</summary>
    public async Task<bool> MayProposeAsync(ClaimsPrincipal user, Guid schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id();
        return user.IsInRole(TrustRole.DirectorOfLearning)
            || await db.SchoolAssignments.AnyAsync(a => a.SchoolId == schoolId && a.UserId == userId && a.Kind == AssignmentKind.LinkedOfficerFor, ct);
    }

    public Task<School?> SchoolAsync(Guid schoolId, CancellationToken ct) =>
        db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);

    public async Task<ReviewPage?> ReviewAsync(Guid id, CancellationToken ct)
    {
        var record = await db.Categorisations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == record.SchoolId, ct);
        var names = await db.Users.Where(u => u.Id == record.ProposedBy || u.Id == record.DecidedBy)
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        var actions = await db.Actions.AsNoTracking().Where(a => a.SourceId == id).OrderBy(a => a.Id).ToListAsync(ct);
        return new ReviewPage(record, school, names.GetValueOrDefault(record.ProposedBy, "Unknown"),
            record.DecidedBy is { } by ? names.GetValueOrDefault(by, "Unknown") : null, profile.Category(record.Category), actions);
    }

    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(Guid schoolId, bool confirmedOnly, CancellationToken ct)
    {
        var records = db.Categorisations.AsNoTracking().Where(c => c.SchoolId == schoolId);
        if (confirmedOnly)
        {
            records = records.Where(c => c.Status == CategorisationStatus.Confirmed);
        }

        var rows = await records.OrderByDescending(c => c.Id)
            .Select(c => new
            {
                Record = c,
                ProposedBy = db.Users.Where(u => u.Id == c.ProposedBy).Select(u => u.DisplayName).FirstOrDefault(),
                DecidedBy = db.Users.Where(u => u.Id == c.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new HistoryRow(r.Record, r.ProposedBy ?? "Unknown", r.DecidedBy))];
    }

    /// <summary>Confirms a proposal and creates its action plan from the category's standard responses (or the tailored plan), in one save.</summary>
    public Task<CommandResult> ConfirmAsync(ClaimsPrincipal user, Guid id, Guid version, CancellationToken ct) =>
        ChangeAsync(id, version, async record =>
        {
            if (!await db.Schools.AnyAsync(s => s.Id == record.SchoolId && s.ClosedOn == null, ct))
            {
                throw new DomainException("This school is closed; reopen it before confirming its category.");
            }

            var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
            var now = clock.GetUtcNow();
            record.Confirm(user.Id(), now);
            var category = profile.Category(record.Category)
                ?? throw new DomainException($"The category '{record.Category}' is no longer in the trust's scheme; return the proposal instead.");
            db.Actions.AddRange(ActionPlan.FromStandardResponses(record, category, clock.Today(), now));
        }, ct);

    /// <summary>The officer (or Director of Learning) tailors the proposal's action plan before it is confirmed.</summary>
    public async Task<CommandResult> PlanAsync(ClaimsPrincipal user, Guid id, Guid version, string? actions, CancellationToken ct)
    {
        var schoolId = await db.Categorisations.Where(c => c.Id == id).Select(c => (Guid?)c.SchoolId).SingleOrDefaultAsync(ct);
        if (schoolId is { } school && !await MayProposeAsync(user, school, ct))
        {
            return CommandResult.Forbidden;
        }

        return await ChangeAsync(id, version, record =>
        {
            record.PlanActions((actions ?? "").Split('\n'));
            return Task.CompletedTask;
        }, ct);
    }

    public Task<CommandResult> ReturnAsync(ClaimsPrincipal user, Guid id, Guid version, string? reason, CancellationToken ct) =>
        ChangeAsync(id, version, record =>
        {
            record.Return(user.Id(), reason ?? "", clock.GetUtcNow());
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Loads the categorisation the user saw (by its <paramref name="version"/>), applies the
    /// change and saves: a broken rule or someone else's decision in between is refused with a message.
    /// </summary>
    private async Task<CommandResult> ChangeAsync(Guid id, Guid version, Func<SchoolCategorisation, Task> change, CancellationToken ct)
    {
        var record = await db.Categorisations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
        {
            return CommandResult.NotFound;
        }

        db.Entry(record).Property(c => c.Version).OriginalValue = version;
        try
        {
            await change(record);
            await db.SaveChangesAsync(ct);
            return new CommandResult(CommandOutcome.Done, Id: record.SchoolId);
        }
        catch (DomainException e)
        {
            return CommandResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused("Someone else changed this proposal while you were reading it. The page now shows their version.");
        }
    }
}
